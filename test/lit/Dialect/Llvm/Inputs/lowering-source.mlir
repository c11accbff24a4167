func.func @f(%a: i32, %b: i32, %x: f32, %m: memref<4x?xf32>, %i: index) -> f32 {
  %c = arith.addi %a, %b overflow<nsw> : i32
  %d = arith.muli %c, %b : i32
  %e = arith.cmpi slt, %c, %d : i32
  %s = arith.select %e, %a, %b : i32
  %f = arith.sitofp %s : i32 to f32
  %g = arith.addf %f, %x fastmath<fast> : f32
  %h = math.sqrt %g : f32
  %l = memref.load %m[%i, %i] : memref<4x?xf32>
  memref.store %h, %m[%i, %i] : memref<4x?xf32>
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %iv = %c0 to %c4 step %c1 iter_args(%acc = %l) -> f32 {
    %v = memref.load %m[%iv, %i] : memref<4x?xf32>
    %n = arith.addf %acc, %v : f32
    scf.yield %n : f32
  }
  %al = memref.alloc(%i) : memref<4x?xf32>
  memref.dealloc %al : memref<4x?xf32>
  %cmp = arith.cmpf olt, %r, %x : f32
  cf.cond_br %cmp, ^bb1, ^bb2
^bb1:
  return %r : f32
^bb2:
  %z = func.call @g(%x) : (f32) -> f32
  return %z : f32
}
func.func private @g(f32) -> f32
func.func @v(%a: vector<4xf32>) -> vector<4xf32> attributes {llvm.emit_c_interface} {
  %0 = math.fma %a, %a, %a : vector<4xf32>
  %1 = math.exp %0 : vector<4xf32>
  return %1 : vector<4xf32>
}
memref.global "private" constant @gv : memref<2xf32> = dense<[1.0, 2.0]>
func.func @gg() -> memref<2xf32> {
  %0 = memref.get_global @gv : memref<2xf32>
  return %0 : memref<2xf32>
}
