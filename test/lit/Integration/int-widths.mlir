// RUN: dialectic-opt %s --lower-to-llvm | dialectic-run - -e main -entry-point-result=i64 | FileCheck %s

// Integer arithmetic at several widths (wrapping adds and muls, signed and unsigned division and remainder,
// shifts, comparisons, selects, extensions and truncations) folded into one i64 checksum.
// CHECK: {{^}}228994771320832{{$}}

func.func @mix8(%a: i8, %b: i8) -> i8 {
  %s = arith.addi %a, %b : i8
  %m = arith.muli %s, %b : i8
  %d = arith.divui %m, %b : i8
  %r = arith.remsi %m, %b : i8
  %x = arith.xori %d, %r : i8
  return %x : i8
}

func.func @mix16(%a: i16, %b: i16) -> i16 {
  %c3 = arith.constant 3 : i16
  %s = arith.shli %a, %c3 : i16
  %t = arith.shrsi %s, %c3 : i16
  %u = arith.shrui %b, %c3 : i16
  %lt = arith.cmpi ult, %t, %u : i16
  %r = arith.select %lt, %t, %u : i16
  %o = arith.ori %r, %a : i16
  return %o : i16
}

func.func @mix7(%a: i7, %b: i7) -> i7 {
  %s = arith.subi %a, %b : i7
  %m = arith.muli %s, %s : i7
  %mx = arith.maxsi %m, %a : i7
  %mn = arith.minui %mx, %b : i7
  return %mn : i7
}

func.func @main() -> i64 {
  %a8 = arith.constant 200 : i8
  %b8 = arith.constant 7 : i8
  %r8 = func.call @mix8(%a8, %b8) : (i8, i8) -> i8
  %a16 = arith.constant -1234 : i16
  %b16 = arith.constant 31000 : i16
  %r16 = func.call @mix16(%a16, %b16) : (i16, i16) -> i16
  %a7 = arith.constant 50 : i7
  %b7 = arith.constant -20 : i7
  %r7 = func.call @mix7(%a7, %b7) : (i7, i7) -> i7
  %t = arith.constant true
  %f = arith.constant false
  %x1 = arith.xori %t, %f : i1
  %a32 = arith.constant 2147483647 : i32
  %one32 = arith.constant 1 : i32
  %w32 = arith.addi %a32, %one32 : i32
  %q32 = arith.divsi %w32, %a32 : i32
  %e8 = arith.extui %r8 : i8 to i64
  %e16 = arith.extsi %r16 : i16 to i64
  %e7 = arith.extsi %r7 : i7 to i64
  %e1 = arith.extui %x1 : i1 to i64
  %e32 = arith.extsi %w32 : i32 to i64
  %eq = arith.extsi %q32 : i32 to i64
  %k = arith.constant 1000003 : i64
  %s1 = arith.muli %e8, %k : i64
  %s2 = arith.addi %s1, %e16 : i64
  %s3 = arith.muli %s2, %k : i64
  %s4 = arith.addi %s3, %e7 : i64
  %s5 = arith.addi %s4, %e1 : i64
  %s6 = arith.addi %s5, %e32 : i64
  %s7 = arith.addi %s6, %eq : i64
  %tr = arith.trunci %s7 : i64 to i32
  %te = arith.extui %tr : i32 to i64
  %s8 = arith.xori %s7, %te : i64
  return %s8 : i64
}
