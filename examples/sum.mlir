// Sums a memref in an scf.for loop: func, arith, scf and memref in custom syntax.
func.func @sum(%buf: memref<?xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f32
  %n = memref.dim %buf, %c0 : memref<?xf32>
  %total = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %zero) -> (f32) {
    %x = memref.load %buf[%i] : memref<?xf32>
    %next = arith.addf %acc, %x fastmath<fast> : f32
    scf.yield %next : f32
  }
  return %total : f32
}

// Under --test-constant-fold, muli folds to a constant and the unused constants go away.
func.func @folds() -> i32 {
  %a = arith.constant 6 : i32
  %b = arith.constant 7 : i32
  %p = arith.muli %a, %b overflow<nsw> : i32
  return %p : i32
}
