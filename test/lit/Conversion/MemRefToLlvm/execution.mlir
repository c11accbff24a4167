// RUN: dialectic-opt %s --lower-to-llvm | dialectic-run - -e main -entry-point-result=i64 | FileCheck %s

// The memref lowerings end to end: a global, aligned and dynamic allocations, copies (memcpy and memrefCopy), a
// subview, casts to unranked memrefs, dim through an unranked descriptor and a call with a memref argument. mlir-runner-22
// prints the same after --expand-strided-metadata --lower-affine --convert-scf-to-cf --finalize-memref-to-llvm
// --convert-to-llvm --reconcile-unrealized-casts: x = 6, y = 4, dim = 3.
// CHECK: {{^}}60403{{$}}

memref.global "private" constant @table : memref<2x3xi64> = dense<[[1, 2, 3], [4, 5, 6]]>
func.func private @helper(%m: memref<?x?xi64>, %i: index, %j: index) -> i64 {
  %v = memref.load %m[%i, %j] : memref<?x?xi64>
  return %v : i64
}
func.func @main() -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %g = memref.get_global @table : memref<2x3xi64>
  %a = memref.alloc(%c2, %c3) {alignment = 64} : memref<?x?xi64>
  %s = memref.alloc(%c2, %c3) : memref<?x?xi64>
  %gd = memref.cast %g : memref<2x3xi64> to memref<?x?xi64>
  memref.copy %gd, %a : memref<?x?xi64> to memref<?x?xi64>
  %sub = memref.subview %a[0, 1] [2, 2] [1, 1] : memref<?x?xi64> to memref<2x2xi64, strided<[?, 1], offset: 1>>
  %t = memref.alloca() : memref<2x2xi64>
  memref.copy %sub, %t : memref<2x2xi64, strided<[?, 1], offset: 1>> to memref<2x2xi64>
  %x = memref.load %t[%c1, %c1] : memref<2x2xi64>
  %u = memref.cast %a : memref<?x?xi64> to memref<*xi64>
  %d = memref.dim %u, %c1 : memref<*xi64>
  %di = arith.index_cast %d : index to i64
  %y = call @helper(%a, %c1, %c0) : (memref<?x?xi64>, index, index) -> i64
  %k = arith.constant 100 : i64
  %r0 = arith.muli %x, %k : i64
  %r1 = arith.addi %r0, %y : i64
  %r2 = arith.muli %r1, %k : i64
  %r3 = arith.addi %r2, %di : i64
  memref.dealloc %a : memref<?x?xi64>
  memref.dealloc %s : memref<?x?xi64>
  return %r3 : i64
}
