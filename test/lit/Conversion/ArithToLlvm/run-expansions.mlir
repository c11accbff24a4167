// RUN: dialectic-opt %s --lower-to-llvm | dialectic-run - -e int_divs -entry-point-result=i64 | FileCheck %s --check-prefix=DIVS
// RUN: dialectic-opt %s --lower-to-llvm | dialectic-run - -e extended -entry-point-result=i64 | FileCheck %s --check-prefix=EXT
// RUN: dialectic-opt %s --lower-to-llvm | dialectic-run - -e index_divs -entry-point-result=i64 | FileCheck %s --check-prefix=IDX
// RUN: dialectic-opt %s --lower-to-llvm | dialectic-run - -e floats -entry-point-result=i64 | FileCheck %s --check-prefix=FLT

// The expansions of the arith, index and math lowerings, run: each function folds its results into one number
// (r0 + 100 * (r1 + 100 * (...))). The expected values are what the same program prints through
// mlir-opt-22 (arith-expand, convert-math-to-llvm, convert-math-to-libm, convert-to-llvm) and mlir-runner-22.

// Folds %v into %acc: acc * 100 + v.
func.func @fold(%acc: i64, %v: i64) -> i64 {
  %c100 = arith.constant 100 : i64
  %m = arith.muli %acc, %c100 : i64
  %r = arith.addi %m, %v : i64
  return %r : i64
}

// DIVS: {{^}}147475446535450{{$}}
func.func @int_divs() -> i64 {
  %a = arith.constant -7 : i32
  %b = arith.constant 2 : i32
  %na = arith.constant 7 : i32
  %nb = arith.constant -2 : i32
  // ceildivsi: -7/2 -> -3, 7/-2 -> -3, 7/2 -> 4; floordivsi: -7/2 -> -4, 7/2 -> 3; ceildivui 7/2 -> 4, 0/2 -> 0
  %0 = func.call @opaque(%a) : (i32) -> i32
  %1 = func.call @opaque(%b) : (i32) -> i32
  %2 = func.call @opaque(%na) : (i32) -> i32
  %3 = func.call @opaque(%nb) : (i32) -> i32
  %r0 = arith.ceildivsi %0, %1 : i32
  %r1 = arith.ceildivsi %2, %3 : i32
  %r2 = arith.ceildivsi %2, %1 : i32
  %r3 = arith.floordivsi %0, %1 : i32
  %r4 = arith.floordivsi %2, %1 : i32
  %r5 = arith.ceildivui %2, %1 : i32
  %z = arith.constant 0 : i32
  %zz = func.call @opaque(%z) : (i32) -> i32
  %r6 = arith.ceildivui %zz, %1 : i32
  %c50 = arith.constant 50 : i32
  %acc0 = arith.constant 1 : i64
  %l0 = arith.addi %r0, %c50 : i32
  %l1 = arith.addi %r1, %c50 : i32
  %l2 = arith.addi %r2, %c50 : i32
  %l3 = arith.addi %r3, %c50 : i32
  %l4 = arith.addi %r4, %c50 : i32
  %l5 = arith.addi %r5, %c50 : i32
  %l6 = arith.addi %r6, %c50 : i32
  %e0 = arith.extsi %l0 : i32 to i64
  %e1 = arith.extsi %l1 : i32 to i64
  %e2 = arith.extsi %l2 : i32 to i64
  %e3 = arith.extsi %l3 : i32 to i64
  %e4 = arith.extsi %l4 : i32 to i64
  %e5 = arith.extsi %l5 : i32 to i64
  %e6 = arith.extsi %l6 : i32 to i64
  %s0 = func.call @fold(%acc0, %e0) : (i64, i64) -> i64
  %s1 = func.call @fold(%s0, %e1) : (i64, i64) -> i64
  %s2 = func.call @fold(%s1, %e2) : (i64, i64) -> i64
  %s3 = func.call @fold(%s2, %e3) : (i64, i64) -> i64
  %s4 = func.call @fold(%s3, %e4) : (i64, i64) -> i64
  %s5 = func.call @fold(%s4, %e5) : (i64, i64) -> i64
  %s6 = func.call @fold(%s5, %e6) : (i64, i64) -> i64
  return %s6 : i64
}

// Hides a constant from the folders.
func.func @opaque(%x: i32) -> i32 attributes {llvm.noinline} {
  return %x : i32
}

// EXT: {{^}}14401032078031978{{$}}
func.func @extended() -> i64 {
  %a = arith.constant 200 : i8
  %b = arith.constant 100 : i8
  %a32 = arith.extui %a : i8 to i32
  %b32 = arith.extui %b : i8 to i32
  %x = func.call @opaque(%a32) : (i32) -> i32
  %y = func.call @opaque(%b32) : (i32) -> i32
  %xa = arith.trunci %x : i32 to i8
  %yb = arith.trunci %y : i32 to i8
  // 200 + 100 = 44 + carry; 200 * 100 = 78 * 256 + 32 (unsigned); -56 * 100 = -22 * 256 + 32 (signed)
  %sum, %carry = arith.addui_extended %xa, %yb : i8, i1
  %ul, %uh = arith.mului_extended %xa, %yb : i8
  %sl, %sh = arith.mulsi_extended %xa, %yb : i8
  %e0 = arith.extui %sum : i8 to i64
  %e1 = arith.extui %carry : i1 to i64
  %e2 = arith.extui %ul : i8 to i64
  %e3 = arith.extui %uh : i8 to i64
  %e4 = arith.extui %sl : i8 to i64
  %e5 = arith.extsi %sh : i8 to i64
  %acc = arith.constant 1 : i64
  %s0 = func.call @fold(%acc, %e0) : (i64, i64) -> i64
  %s1 = func.call @fold(%s0, %e1) : (i64, i64) -> i64
  %c1000 = arith.constant 1000 : i64
  %m2 = arith.muli %s1, %c1000 : i64
  %s2 = arith.addi %m2, %e2 : i64
  %m3 = arith.muli %s2, %c1000 : i64
  %s3 = arith.addi %m3, %e3 : i64
  %m4 = arith.muli %s3, %c1000 : i64
  %s4 = arith.addi %m4, %e4 : i64
  %m5 = arith.muli %s4, %c1000 : i64
  %s5 = arith.addi %m5, %e5 : i64
  return %s5 : i64
}

// IDX: {{^}}147465555{{$}}
func.func @index_divs() -> i64 {
  %a = arith.constant -7 : i32
  %b = arith.constant 2 : i32
  %x = func.call @opaque(%a) : (i32) -> i32
  %y = func.call @opaque(%b) : (i32) -> i32
  %xi = index.casts %x : i32 to index
  %yi = index.casts %y : i32 to index
  %0 = index.ceildivs %xi, %yi
  %1 = index.floordivs %xi, %yi
  %nx = index.sub %yi, %xi
  %2 = index.ceildivu %nx, %yi
  %3 = index.ceildivs %nx, %yi
  %c50 = index.constant 50
  %l0 = index.add %0, %c50
  %l1 = index.add %1, %c50
  %l2 = index.add %2, %c50
  %l3 = index.add %3, %c50
  %e0 = index.casts %l0 : index to i64
  %e1 = index.casts %l1 : index to i64
  %e2 = index.casts %l2 : index to i64
  %e3 = index.casts %l3 : index to i64
  %acc = arith.constant 1 : i64
  %s0 = func.call @fold(%acc, %e0) : (i64, i64) -> i64
  %s1 = func.call @fold(%s0, %e1) : (i64, i64) -> i64
  %s2 = func.call @fold(%s1, %e2) : (i64, i64) -> i64
  %s3 = func.call @fold(%s2, %e3) : (i64, i64) -> i64
  return %s3 : i64
}

// FLT: {{^}}8997670{{$}}
func.func @floats() -> i64 {
  %a = arith.constant 4 : i32
  %x = func.call @opaque(%a) : (i32) -> i32
  %f = arith.sitofp %x : i32 to f64
  %g = arith.sitofp %x : i32 to f32
  %c = arith.constant 0.25 : f64
  %h = arith.mulf %f, %c : f64
  %0 = math.rsqrt %f : f64
  %1 = math.expm1 %h : f64
  %2 = math.log1p %h : f64
  %3 = math.tanh %h : f64
  %4 = math.atan %g : f32
  %5 = math.cbrt %f : f64
  %6 = arith.maximumf %0, %1 : f64
  %7 = arith.minnumf %2, %3 : f64
  %d4 = arith.extf %4 : f32 to f64
  %s0 = arith.addf %0, %1 : f64
  %s1 = arith.addf %s0, %2 : f64
  %s2 = arith.addf %s1, %3 : f64
  %s3 = arith.addf %s2, %d4 : f64
  %s4 = arith.addf %s3, %5 : f64
  %s5 = arith.addf %s4, %6 : f64
  %s6 = arith.addf %s5, %7 : f64
  %scale = arith.constant 1000000.0 : f64
  %r = arith.mulf %s6, %scale : f64
  %i = arith.fptosi %r : f64 to i64
  return %i : i64
}
