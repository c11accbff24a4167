// RUN: dialectic-opt %s --lower-to-llvm | dialectic-run - -e main -entry-point-result=i64 | FileCheck %s

// f32 and f64 arithmetic, math ops with LLVM intrinsics, comparisons and conversions, in a loop; the result is
// the f64 accumulator scaled and converted to i64.
// CHECK: {{^}}334357{{$}}

func.func @poly(%x: f64) -> f64 {
  %a = arith.constant 1.5 : f64
  %b = arith.constant -0.25 : f64
  %y = math.fma %x, %a, %b : f64
  %s = math.sqrt %y : f64
  %n = arith.negf %s : f64
  %ab = math.absf %n : f64
  %c = math.copysign %ab, %b : f64
  %r = arith.subf %y, %c : f64
  return %r : f64
}

func.func @main() -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c20 = arith.constant 20 : index
  %zero = arith.constant 0.0 : f64
  %half = arith.constant 0.5 : f32
  %acc = scf.for %i = %c0 to %c20 step %c1 iter_args(%s = %zero) -> (f64) {
    %ii = arith.index_cast %i : index to i32
    %fi = arith.sitofp %ii : i32 to f32
    %h = arith.mulf %fi, %half : f32
    %d = arith.divf %h, %half : f32
    %m = arith.maximumf %d, %h : f32
    %e = arith.extf %m : f32 to f64
    %p = func.call @poly(%e) : (f64) -> f64
    %big = arith.constant 10.0 : f64
    %gt = arith.cmpf ogt, %p, %big : f64
    %q = arith.select %gt, %p, %e : f64
    %t = arith.addf %s, %q : f64
    scf.yield %t : f64
  }
  %scale = arith.constant 1000.0 : f64
  %sc = arith.mulf %acc, %scale : f64
  %tr = arith.truncf %sc : f64 to f32
  %ext = arith.extf %tr : f32 to f64
  %r = arith.fptosi %ext : f64 to i64
  %u = arith.fptoui %scale : f64 to i64
  %sum = arith.addi %r, %u : i64
  return %sum : i64
}
