// RUN: dialectic-opt %s --lower-to-llvm | dialectic-run - -e main -entry-point-result=i64 | FileCheck %s

// Sum of i*i for i in [0, 10) with scf.for, a while loop counting down, an if, an index_switch and a call.
// CHECK: {{^}}1340{{$}}

func.func @square(%x: i64) -> i64 {
  %r = arith.muli %x, %x : i64
  return %r : i64
}

func.func @main() -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  %z = arith.constant 0 : i64
  %sum = scf.for %i = %c0 to %c10 step %c1 iter_args(%acc = %z) -> (i64) {
    %ii = arith.index_cast %i : index to i64
    %sq = func.call @square(%ii) : (i64) -> i64
    %next = arith.addi %acc, %sq : i64
    scf.yield %next : i64
  }
  // while: n = 10; t = 0; while (n > 0) { t += n; n -= 1 }  -> 55
  %ten = arith.constant 10 : i32
  %one = arith.constant 1 : i32
  %zero32 = arith.constant 0 : i32
  %w:2 = scf.while (%n = %ten, %t = %zero32) : (i32, i32) -> (i32, i32) {
    %more = arith.cmpi sgt, %n, %zero32 : i32
    scf.condition(%more) %n, %t : i32, i32
  } do {
  ^bb0(%n2: i32, %t2: i32):
    %t3 = arith.addi %t2, %n2 : i32
    %n3 = arith.subi %n2, %one : i32
    scf.yield %n3, %t3 : i32, i32
  }
  %t64 = arith.extsi %w#1 : i32 to i64
  // 285 + 55 = 340
  %s2 = arith.addi %sum, %t64 : i64
  // if (s2 > 300) add 1000 (f64 path) else 0
  %lim = arith.constant 300 : i64
  %big = arith.cmpi sgt, %s2, %lim : i64
  %bonus = scf.if %big -> (i64) {
    %f = arith.constant 999.75 : f64
    %g = arith.constant 0.25 : f64
    %h = arith.addf %f, %g : f64
    %k = arith.fptosi %h : f64 to i64
    scf.yield %k : i64
  } else {
    scf.yield %z : i64
  }
  %s3 = arith.addi %s2, %bonus : i64
  // index_switch on 2: yields 0
  %c2 = arith.constant 2 : index
  %sw = scf.index_switch %c2 -> i64
  case 1 {
    %a = arith.constant 7 : i64
    scf.yield %a : i64
  }
  case 2 {
    scf.yield %z : i64
  }
  default {
    %b = arith.constant 9 : i64
    scf.yield %b : i64
  }
  %s4 = arith.addi %s3, %sw : i64
  return %s4 : i64
}
