// Times the risk Monte-Carlo in headless Chromium: 100 000 trials over the default six-stage
// funnel (every rate and the deal size uncertain) in WebAssembly, and the same forward pass
// ported to plain JavaScript below (same xoshiro256++ stream, same ziggurat, Gamma, Beta,
// PERT and BTRD code), in the same page. Both must count the same hits. Needs dist/ built:
//   source scripts/env.sh && trunk build --release && node scripts/lib/risk_bench.mjs
import { serve, launch, openApp } from '../../tests/e2e/harness.mjs';

// Same plan as src/bin/risk_bench.rs.
const PLAN = {
  risk: {
    enabled: true, trials: 100000, seed: 2024, deal_low: 800, deal_high: 1300,
    stages: [
      { range: { low: 0.015, likely: 0.02, high: 0.025 } },
      { observed: { successes: 40, trials: 100 } },
      { range: { low: 0.4, likely: 0.5, high: 0.6 } },
      { observed: { successes: 150, trials: 300 } },
      { range: { low: 0.3, likely: 0.4, high: 0.5 } },
    ],
  },
};

/** Runs in the page: times WASM and the JS port, best and median of `runs`. */
function benchInPage({ plan, runs }) {
  const { simulateRisk, plan: compute } = window.wasmBindings;
  const report = compute(plan).report;

  // ---- The port: xoshiro256++ on 32-bit halves, seeded by SplitMix64 and jumped (BigInt). ----
  const M64 = (1n << 64n) - 1n;
  function seedState(seed, stream) {
    let x = BigInt(seed);
    const split = () => {
      x = (x + 0x9E3779B97F4A7C15n) & M64;
      let z = x;
      z = ((z ^ (z >> 30n)) * 0xBF58476D1CE4E5B9n) & M64;
      z = ((z ^ (z >> 27n)) * 0x94D049BB133111EBn) & M64;
      return z ^ (z >> 31n);
    };
    let s = [split(), split(), split(), split()];
    if (s.every((v) => v === 0n)) s[0] = 1n;
    const rotl = (v, k) => ((v << k) | (v >> (64n - k))) & M64;
    const next = () => {
      const t = (s[1] << 17n) & M64;
      s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 45n);
    };
    const JUMP = [0x180ec6d33cfd0aban, 0xd5a61266f0c9392cn, 0xa9582618e03fc9aan, 0x39abdc4529b1661cn];
    for (let j = 0; j < stream; j++) {
      const acc = [0n, 0n, 0n, 0n];
      for (const w of JUMP) for (let b = 0n; b < 64n; b++) {
        if (w & (1n << b)) for (let i = 0; i < 4; i++) acc[i] ^= s[i];
        next();
      }
      s = acc;
    }
    return s.flatMap((v) => [Number(v >> 32n), Number(v & 0xffffffffn)]);
  }
  const UNIT = 1 / 9007199254740992;
  const ZIG_R = 3.442619855899, ZIG_V = 9.91256303526217e-3;
  const zk = new Uint32Array(128), zw = new Float64Array(128), zf = new Float64Array(128);
  {
    const m = 2147483648; let d = ZIG_R; let t = d;
    const q = ZIG_V / Math.exp(-0.5 * d * d);
    zk[0] = Math.trunc(d / q * m); zk[1] = 0; zw[0] = q / m; zw[127] = d / m;
    zf[0] = 1; zf[127] = Math.exp(-0.5 * d * d);
    for (let i = 126; i >= 1; i--) {
      d = Math.sqrt(-2 * Math.log(ZIG_V / d + Math.exp(-0.5 * d * d)));
      zk[i + 1] = Math.trunc(d / t * m); t = d; zf[i] = Math.exp(-0.5 * d * d); zw[i] = d / m;
    }
  }
  class Rng {
    constructor(seed, stream) {
      [this.a, this.b, this.c, this.d, this.e, this.f, this.g, this.h] = seedState(seed, stream);
      this.hi = 0; this.lo = 0;
    }
    next() { // state s0 = (a, b), s1 = (c, d), s2 = (e, f), s3 = (g, h) as (high, low)
      let lo = (this.b + this.h) >>> 0;
      let hi = (this.a + this.g + (lo < this.b ? 1 : 0)) >>> 0;
      const rh = ((hi << 23) | (lo >>> 9)) >>> 0, rl = ((lo << 23) | (hi >>> 9)) >>> 0;
      lo = (rl + this.b) >>> 0;
      this.hi = (rh + this.a + (lo < rl ? 1 : 0)) >>> 0; this.lo = lo;
      const th = ((this.c << 17) | (this.d >>> 15)) >>> 0, tl = (this.d << 17) >>> 0;
      this.e = (this.e ^ this.a) >>> 0; this.f = (this.f ^ this.b) >>> 0;
      this.g = (this.g ^ this.c) >>> 0; this.h = (this.h ^ this.d) >>> 0;
      this.c = (this.c ^ this.e) >>> 0; this.d = (this.d ^ this.f) >>> 0;
      this.a = (this.a ^ this.g) >>> 0; this.b = (this.b ^ this.h) >>> 0;
      this.e = (this.e ^ th) >>> 0; this.f = (this.f ^ tl) >>> 0;
      const sh = this.h, sl = this.g; // rotl 45 = swap halves, then rotl 13
      this.g = ((sh << 13) | (sl >>> 19)) >>> 0; this.h = ((sl << 13) | (sh >>> 19)) >>> 0;
    }
    uniform() { this.next(); return (this.hi * 2097152 + (this.lo >>> 11)) * UNIT; }
    open01() { this.next(); return (this.hi * 2097152 + (this.lo >>> 11) + 0.5) * UNIT; }
    normal() {
      for (;;) {
        this.next();
        const layer = this.lo & 127, hz = this.hi | 0;
        if (Math.abs(hz) < zk[layer]) return hz * zw[layer];
        const x = hz * zw[layer];
        if (layer === 0) {
          for (;;) {
            const tx = -Math.log(this.open01()) / ZIG_R, ty = -Math.log(this.open01());
            if (ty + ty >= tx * tx) return hz > 0 ? ZIG_R + tx : -ZIG_R - tx;
          }
        }
        if (zf[layer] + this.uniform() * (zf[layer - 1] - zf[layer]) < Math.exp(-0.5 * x * x)) return x;
      }
    }
  }
  const notPositive = (x) => Number.isNaN(x) || x <= 0;
  function gamma(rng, shape) {
    if (notPositive(shape) || !Number.isFinite(shape)) return 0;
    if (shape < 1) return gamma(rng, shape + 1) * Math.pow(rng.open01(), 1 / shape);
    const d = shape - 1 / 3, c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = rng.normal();
      let v = 1 + c * x;
      if (v <= 0) continue;
      v = v * v * v;
      const u = rng.open01(), x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
    }
  }
  function beta(rng, a, b) {
    const x = gamma(rng, a), y = gamma(rng, b);
    return x + y > 0 ? x / (x + y) : 0.5;
  }
  function pert(rng, low, likely, high) {
    const span = high - low;
    if (notPositive(span)) return low;
    const m = Math.min(Math.max(likely, low), high);
    return low + span * beta(rng, 1 + 4 * (m - low) / span, 1 + 4 * (high - m) / span);
  }
  const FC = [0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509,
    0.01664469118982119, 0.01387612882307075, 0.01189670994589177, 0.01041126526197209,
    0.009255462182712733, 0.00833056343336287];
  function fc(k) {
    if (k < 10) return FC[Math.trunc(k)];
    const r = 1 / (k + 1), r2 = r * r;
    return (1 / 12 - (1 / 360 - r2 / 1260) * r2) * r;
  }
  function binomial(rng, n, p) {
    if (n === 0 || notPositive(p)) return 0;
    if (p >= 1) return n;
    const flip = p > 0.5, q = flip ? 1 - p : p;
    const k = n * q < 10 ? inversion(rng, n, q) : btrd(rng, n, q);
    return flip ? n - k : k;
  }
  function inversion(rng, n, p) {
    const q = 1 - p, s = p / q, a = (n + 1) * s;
    draw: for (;;) {
      let r = Math.exp(n * Math.log(q)), u = rng.uniform(), x = 0;
      while (u > r) {
        u -= r; x += 1;
        if (x > n) continue draw;
        r *= a / x - s;
      }
      return x;
    }
  }
  function btrd(rng, n, p) {
    const q = 1 - p, m = Math.floor((n + 1) * p), r = p / q, nr = (n + 1) * r, npq = n * p * q;
    const sq = Math.sqrt(npq), b = 1.15 + 2.53 * sq, a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5, alpha = (2.83 + 5.1 / b) * sq, vr = 0.92 - 4.2 / b, urvr = 0.86 * vr;
    for (;;) {
      let v = rng.uniform();
      if (v <= urvr) {
        const u = v / vr - 0.43;
        return Math.floor((2 * a / (0.5 - Math.abs(u)) + b) * u + c);
      }
      let u;
      if (v >= vr) u = rng.uniform() - 0.5;
      else {
        u = v / vr - 0.93;
        v = rng.uniform() * vr;
        u = (u < 0 || Object.is(u, -0) ? -0.5 : 0.5) - u;
      }
      const us = 0.5 - Math.abs(u), kf = Math.floor((2 * a / us + b) * u + c);
      if (kf < 0 || kf > n) continue;
      v = v * alpha / (a / (us * us) + b);
      const km = Math.abs(kf - m);
      if (km <= 15) {
        let f = 1;
        if (m < kf) { for (let i = m; i < kf;) { i += 1; f *= nr / i - r; } }
        else { for (let i = kf; i < m;) { i += 1; v *= nr / i - r; } }
        if (v <= f) return kf;
        continue;
      }
      const lv = Math.log(v);
      const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5), t = -km * km / (2 * npq);
      if (lv < t - rho) return kf;
      if (lv > t + rho) continue;
      const nm = n - m + 1, h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + fc(m) + fc(n - m);
      const nk = n - kf + 1;
      if (lv <= h + (n + 1) * Math.log(nm / nk) + (kf + 0.5) * Math.log(nk * r / (kf + 1)) - fc(kf) - fc(n - kf)) return kf;
    }
  }
  /** The forward pass of `montecarlo::run` (search off), on the same model. */
  function jsForward(models, deal, goal, customers, start, volume, trials, seed) {
    const draws = new Rng(seed, 0), forward = new Rng(seed, 1);
    const rates = new Float64Array(models.length);
    const [low, likely, high] = deal;
    let hits = 0;
    for (let t = 0; t < trials; t++) {
      for (let i = 0; i < models.length; i++) {
        const md = models[i];
        rates[i] = md.kind === 0 ? md.p : md.kind === 1 ? pert(draws, md.low, md.likely, md.high) : beta(draws, md.a, md.b);
      }
      const d = high > low ? pert(draws, low, likely, high) : likely;
      let k;
      if (d === likely) k = customers;
      else if (notPositive(d)) k = null;
      else { const c = Math.ceil(goal / d); k = c <= 1e12 ? Math.max(c, 0) : null; }
      let through = 1;
      for (let i = start; i < rates.length; i++) through *= rates[i];
      const count = binomial(forward, volume, through);
      if (k !== null && count >= k) hits += 1;
    }
    return hits;
  }

  // ---- The model, built from the plan as `risk::model` does. ----
  const stages = report.stages;
  const models = stages.slice(0, -1).map((s, i) => {
    const u = plan.risk.stages[i];
    if (u && u.range) {
      const { low, likely, high } = u.range;
      return high > low ? { kind: 1, low, likely, high } : { kind: 0, p: likely };
    }
    if (u && u.observed) {
      const sc = Math.max(u.observed.successes, 0), fl = Math.max(u.observed.trials - sc, 0);
      return { kind: 2, a: sc + 1, b: fl + 1 };
    }
    return { kind: 0, p: s.rate };
  });
  const dealSize = plan.deal_size ?? window.wasmBindings.defaultPlan().deal_size;
  const deal = [plan.risk.deal_low ?? dealSize, dealSize, plan.risk.deal_high ?? dealSize];
  const goal = report.revenue.new_business_goal, customers = report.customers;
  const volume = stages[0].volume, trials = plan.risk.trials, seed = plan.risk.seed;

  const time = (f) => {
    const ms = []; let out;
    f(); // warm-up (JIT, tables)
    for (let i = 0; i < runs; i++) { const t0 = performance.now(); out = f(); ms.push(performance.now() - t0); }
    ms.sort((x, y) => x - y);
    return { best: ms[0], median: ms[Math.floor(runs / 2)], out };
  };
  const wasmForward = time(() => simulateRisk(plan, true).hits);
  const jsFwd = time(() => jsForward(models, deal, goal, customers, 0, volume, trials, seed));
  const wasmFull = time(() => simulateRisk(plan).risk.needed[0].p80);
  return { wasmForward, jsForward: jsFwd, wasmFull, trials, volume };
}

const server = await serve();
const browser = await launch();
try {
  const { page, context, errors } = await openApp(browser, server.url);
  const r = await page.evaluate(benchInPage, { plan: PLAN, runs: 9 });
  const f = (x) => `${x.best.toFixed(1)} ms best, ${x.median.toFixed(1)} ms median`;
  console.log(`${r.trials} trials from ${r.volume} visitors, 5 uncertain rates + deal size, in Chromium:`);
  console.log(`  WASM forward pass (P(hit), histogram input): ${f(r.wasmForward)}; hits ${r.wasmForward.out}`);
  console.log(`  JS   forward pass (same code, same stream):  ${f(r.jsForward)}; hits ${r.jsForward.out}`);
  console.log(`  JS / WASM: ${(r.jsForward.median / r.wasmForward.median).toFixed(2)}× (medians)`);
  console.log(`  WASM full report (+ needed volumes, P80/P90): ${f(r.wasmFull)}; visitors P80 ${r.wasmFull.out}`);
  if (r.wasmForward.out !== r.jsForward.out) console.log('  note: hit counts differ (a last-ulp difference between Math.log/exp and Rust libm)');
  if (errors.length) console.log('page errors:', errors);
  await context.close();
} finally {
  await browser.close();
  server.close();
}
