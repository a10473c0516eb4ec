//! The Monte-Carlo's random numbers against published reference values, not against this
//! crate's own code: the simulation's figures are only reproducible from a seed (the share
//! link's risk figures, the tests of the samplers) if the generator is exactly xoshiro256++
//! seeded through SplitMix64, as `risk::prng` says.
//! - xoshiro256++ from the state [1, 2, 3, 4]: the reference implementation's first ten
//!   outputs (xoshiro256plusplus.c, as the `rand_xoshiro` crate's tests quote them);
//! - SplitMix64 from the seed 1477776061723855037: the reference splitmix64.c's first outputs
//!   (same source), which `Rng::new` takes as its four words of state;
//! - the jump by 2^128 draws from the state [0, 0, 0, 1]: the state after it and the first
//!   draws, as published with an independent port's test data (xoshiro-fortran, test/README.md);
//! - the floats: the top 53 bits of a draw over 2^53, exactly.
#![cfg(not(target_arch = "wasm32"))]

use funnel_planner::engine::risk::prng::Rng;

fn draws(mut rng: Rng, n: usize) -> Vec<u64> {
    (0..n).map(|_| rng.next_u64()).collect()
}

#[test]
fn xoshiro256_plus_plus_matches_the_reference_outputs() {
    let expected = [
        41_943_041,
        58_720_359,
        3_588_806_011_781_223,
        3_591_011_842_654_386,
        9_228_616_714_210_784_205,
        9_973_669_472_204_895_162,
        14_011_001_112_246_962_877,
        12_406_186_145_184_390_807,
        15_849_039_046_786_891_736,
        10_450_023_813_501_588_000,
    ];
    assert_eq!(draws(Rng::from_state([1, 2, 3, 4]), 10), expected);
}

#[test]
fn a_seed_becomes_the_first_four_splitmix64_outputs() {
    // splitmix64.c from 1477776061723855037: 1985237415132408290, 2979275885539914483,
    // 13511426838097143398, 8488337342461049707, … — the state of `Rng::new(seed, 0)`.
    let state = [
        1_985_237_415_132_408_290,
        2_979_275_885_539_914_483,
        13_511_426_838_097_143_398,
        8_488_337_342_461_049_707,
    ];
    let seeded = Rng::new(1_477_776_061_723_855_037, 0);
    assert_eq!(draws(seeded, 20), draws(Rng::from_state(state), 20));
}

#[test]
fn the_jump_matches_the_published_state_and_draws() {
    let jumped = Rng::from_state([0, 0, 0, 1]).jumped();
    let expected =
        [0x88F9_A31A_FDB4_39F5, 0x3813_4A20_DFA1_A232, 0x21D6_A25A_2977_97C7, 0xFCA0_846C_C616_D4F8];
    assert_eq!(draws(jumped, 4), expected);
    let state = [0x934D_05E8_B207_6310, 0xEABD_D0BF_76A1_BE51, 0x75DD_6A99_2ACC_B1E8, 0xC660_C602_A733_0187];
    assert_eq!(draws(Rng::from_state([0, 0, 0, 1]).jumped(), 8), draws(Rng::from_state(state), 8));
    // Stream 1 of a seed is the seeded state jumped once.
    let mut x = Rng::new(2_026, 0).jumped();
    let mut y = Rng::new(2_026, 1);
    assert_eq!(
        (0..8).map(|_| x.next_u64()).collect::<Vec<_>>(),
        (0..8).map(|_| y.next_u64()).collect::<Vec<_>>()
    );
}

#[test]
fn the_state_0001_draws_the_published_first_values() {
    // Without a jump: 0x800000 (2^23, the rotation of s0 + s3 = 1), 0x800011, 0x0002200000800011.
    assert_eq!(draws(Rng::from_state([0, 0, 0, 1]), 3), [0x80_0000, 0x80_0011, 0x0002_2000_0080_0011]);
}

#[test]
fn uniform_and_open01_are_the_top_53_bits_over_2_to_the_53() {
    let two53 = 9_007_199_254_740_992.0_f64;
    // The fifth reference draw, 9228616714210784205: its top 53 bits are 4506160504985734.
    let mut rng = Rng::from_state([1, 2, 3, 4]);
    (0..4).for_each(|_| {
        rng.next_u64();
    });
    assert_eq!(rng.uniform(), 4_506_160_504_985_734.0 / two53);
    let mut rng = Rng::from_state([1, 2, 3, 4]);
    (0..4).for_each(|_| {
        rng.next_u64();
    });
    assert_eq!(rng.open01(), 4_506_160_504_985_734.5 / two53);
    // The first draw, 41943041 = 20480 × 2^11 + 1: a small but non-zero float; `open01`
    // takes the middle of its 2^-53 step (exact here: below 2^52 a half is representable).
    assert_eq!(Rng::from_state([1, 2, 3, 4]).uniform(), 20_480.0 / two53);
    assert_eq!(Rng::from_state([1, 2, 3, 4]).open01(), 20_480.5 / two53);
}
