// RUN: dialectic-run %s -e main -entry-point-result=i64 | FileCheck %s

// dialectic-run lowers input that is not yet in the llvm dialect with the lower-to-llvm pipeline (as if
// dialectic-opt --lower-to-llvm had run first). The result, 285, is what mlir-runner-22 prints for MLIR's lowering.
// CHECK: {{^}}285{{$}}

func.func @square_sum(%buf: memref<10xi64>) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  %zero = arith.constant 0 : i64
  %total = scf.for %i = %c0 to %c10 step %c1 iter_args(%acc = %zero) -> (i64) {
    %x = memref.load %buf[%i] : memref<10xi64>
    %next = arith.addi %acc, %x : i64
    scf.yield %next : i64
  }
  return %total : i64
}

func.func @main() -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  %buf = memref.alloc() : memref<10xi64>
  scf.for %i = %c0 to %c10 step %c1 {
    %v = arith.index_cast %i : index to i64
    %sq = arith.muli %v, %v : i64
    memref.store %sq, %buf[%i] : memref<10xi64>
  }
  %r = func.call @square_sum(%buf) : (memref<10xi64>) -> i64
  memref.dealloc %buf : memref<10xi64>
  return %r : i64
}
