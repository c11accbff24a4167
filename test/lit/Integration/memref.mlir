// RUN: dialectic-opt %s --lower-to-llvm | dialectic-run - -e main -entry-point-result=i64 | FileCheck %s

// Heap and stack buffers: a 2-d table filled in nested loops, summed back through a callee taking a dynamic
// memref, copied, cast and measured with memref.dim.
// CHECK: {{^}}16002{{$}}

func.func @sum(%m: memref<?x?xi32>) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %rows = memref.dim %m, %c0 : memref<?x?xi32>
  %cols = memref.dim %m, %c1 : memref<?x?xi32>
  %z = arith.constant 0 : i64
  %s = scf.for %i = %c0 to %rows step %c1 iter_args(%acc = %z) -> (i64) {
    %t = scf.for %j = %c0 to %cols step %c1 iter_args(%acc2 = %acc) -> (i64) {
      %v = memref.load %m[%i, %j] : memref<?x?xi32>
      %w = arith.extsi %v : i32 to i64
      %n = arith.addi %acc2, %w : i64
      scf.yield %n : i64
    }
    scf.yield %t : i64
  }
  return %s : i64
}

func.func @main() -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %a = memref.alloc() : memref<3x5xi32>
  scf.for %i = %c0 to %c3 step %c1 {
    scf.for %j = %c0 to %c5 step %c1 {
      %ii = arith.index_cast %i : index to i32
      %jj = arith.index_cast %j : index to i32
      %k = arith.constant 10 : i32
      %p = arith.muli %ii, %k : i32
      %v = arith.addi %p, %jj : i32
      memref.store %v, %a[%i, %j] : memref<3x5xi32>
    }
  }
  %b = memref.alloca() : memref<3x5xi32>
  memref.copy %a, %b : memref<3x5xi32> to memref<3x5xi32>
  %neg = arith.constant -7 : i32
  memref.store %neg, %b[%c1, %c3] : memref<3x5xi32>
  %dyn = memref.cast %b : memref<3x5xi32> to memref<?x?xi32>
  %s = func.call @sum(%dyn) : (memref<?x?xi32>) -> i64
  %d = memref.alloc(%c5) : memref<?xf64>
  %f = arith.constant 2.5 : f64
  memref.store %f, %d[%c3] : memref<?xf64>
  %g = memref.load %d[%c3] : memref<?xf64>
  %gi = arith.fptosi %g : f64 to i64
  memref.dealloc %d : memref<?xf64>
  memref.dealloc %a : memref<3x5xi32>
  %k = arith.constant 100 : i64
  %r = arith.muli %s, %k : i64
  %r2 = arith.addi %r, %gi : i64
  return %r2 : i64
}
