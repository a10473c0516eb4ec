//! Seeded pseudo-random numbers for the Monte-Carlo: xoshiro256++ (Blackman & Vigna), seeded
//! through SplitMix64, with `jump()` to give each use its own non-overlapping stream.

/// xoshiro256++: 256 bits of state, period 2^256 − 1, passes BigCrush; fast in WebAssembly
/// because it only needs 64-bit adds, shifts and xors.
#[derive(Clone, Debug)]
pub struct Rng {
    s: [u64; 4],
}

/// 2^-53: turns the top 53 bits of a draw into a float in [0, 1).
const UNIT: f64 = 1.0 / 9_007_199_254_740_992.0;

fn splitmix64(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    /// Stream `stream` of `seed`: the seeded generator jumped `stream` times ahead by 2^128
    /// draws, so streams never overlap (each trial part draws from its own stream, which keeps
    /// random numbers common across volumes).
    pub fn new(seed: u64, stream: u32) -> Rng {
        let mut x = seed;
        let mut s = [splitmix64(&mut x), splitmix64(&mut x), splitmix64(&mut x), splitmix64(&mut x)];
        if s == [0; 4] {
            s[0] = 1; // the all-zero state is the one fixed point
        }
        let mut rng = Rng { s };
        for _ in 0..stream {
            rng.jump();
        }
        rng
    }

    /// The generator at a given state, as the published reference vectors give it (the tests
    /// check the generator against them); the all-zero state only ever draws 0.
    pub fn from_state(s: [u64; 4]) -> Rng {
        Rng { s }
    }

    /// Advances the state by 2^128 draws, as `new` does once per stream.
    pub fn jumped(mut self) -> Rng {
        self.jump();
        self
    }

    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.s;
        let result = s[0].wrapping_add(s[3]).rotate_left(23).wrapping_add(s[0]);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// Uniform in [0, 1) on a grid of 2^-53.
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * UNIT
    }

    /// Uniform in (0, 1): never 0, so its logarithm is finite.
    pub fn open01(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) * UNIT
    }

    /// Standard normal by Marsaglia & Tsang's ziggurat (2000), 128 layers: exact, and one
    /// 64-bit draw most of the time. The layer comes from the low 7 bits and the value from
    /// the high 32, so the two are independent (Doornik 2005's fix of the original).
    pub fn normal(&mut self) -> f64 {
        let z = ziggurat();
        loop {
            let bits = self.next_u64();
            let layer = (bits & 127) as usize;
            let hz = (bits >> 32) as u32 as i32;
            if hz.unsigned_abs() < z.k[layer] {
                return f64::from(hz) * z.w[layer];
            }
            let x = f64::from(hz) * z.w[layer];
            if layer == 0 {
                let tail = self.normal_tail();
                return if hz > 0 { tail } else { -tail };
            }
            if z.f[layer] + self.uniform() * (z.f[layer - 1] - z.f[layer]) < (-0.5 * x * x).exp() {
                return x;
            }
        }
    }

    /// |Z| for a standard normal Z known to lie beyond the ziggurat's base, R ≈ 3.44 (0.06 % of
    /// the draws), by Marsaglia's exponential method. Public so that tests can check this law
    /// on its own: a million normals hold about 600 such draws, too few to see it.
    pub fn normal_tail(&mut self) -> f64 {
        loop {
            let tx = -self.open01().ln() / ZIG_R;
            let ty = -self.open01().ln();
            if ty + ty >= tx * tx {
                return ZIG_R + tx;
            }
        }
    }

    /// Advances the state by 2^128 draws (the reference jump polynomial).
    fn jump(&mut self) {
        const JUMP: [u64; 4] =
            [0x180e_c6d3_3cfd_0aba, 0xd5a6_1266_f0c9_392c, 0xa958_2618_e03f_c9aa, 0x39ab_dc45_29b1_661c];
        let mut acc = [0u64; 4];
        for word in JUMP {
            for bit in 0..64 {
                if word & (1u64 << bit) != 0 {
                    for (a, s) in acc.iter_mut().zip(self.s.iter()) {
                        *a ^= *s;
                    }
                }
                self.next_u64();
            }
        }
        self.s = acc;
    }
}

/// Where the ziggurat's base strip ends (Marsaglia & Tsang's R for 128 layers).
const ZIG_R: f64 = 3.442_619_855_899;
/// Area of each layer.
const ZIG_V: f64 = 9.912_563_035_262_17e-3;

/// Ziggurat tables: `k` acceptance bounds on |hz|, `w` scale to x, `f` density at each edge.
struct Ziggurat {
    k: [u32; 128],
    w: [f64; 128],
    f: [f64; 128],
}

/// Layer `layer` (0–127) of the ziggurat's tables, as `(k, w, f)`: the bound on |hz| below
/// which a draw is accepted at once, the scale from hz to x, and the normal density at the
/// layer's outer edge. Public so that tests can check every layer's area against the published
/// constants; no draw can tell most wrong tables apart.
pub fn ziggurat_layer(layer: usize) -> (u32, f64, f64) {
    let z = ziggurat();
    (z.k[layer], z.w[layer], z.f[layer])
}

/// Built once (128 square roots and exponentials), following Marsaglia & Tsang's `zigset`.
fn ziggurat() -> &'static Ziggurat {
    static TABLES: std::sync::OnceLock<Ziggurat> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let m = 2_147_483_648.0; // 2^31
        let mut z = Ziggurat { k: [0; 128], w: [0.0; 128], f: [0.0; 128] };
        let mut d = ZIG_R;
        let mut t = d;
        let q = ZIG_V / (-0.5 * d * d).exp();
        z.k[0] = (d / q * m) as u32;
        z.k[1] = 0;
        z.w[0] = q / m;
        z.w[127] = d / m;
        z.f[0] = 1.0;
        z.f[127] = (-0.5 * d * d).exp();
        for i in (1..=126).rev() {
            d = (-2.0 * (ZIG_V / d + (-0.5 * d * d).exp()).ln()).sqrt();
            z.k[i + 1] = (d / t * m) as u32;
            t = d;
            z.f[i] = (-0.5 * d * d).exp();
            z.w[i] = d / m;
        }
        z
    })
}
