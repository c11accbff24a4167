// RUN: dialectic-opt %s --canonicalize --split-input-file --allow-unregistered-dialect | FileCheck %s

// The memref canonicalizations (SimplifyAllocConst, SimplifyDeadAlloc, FoldEmptyCopy, FoldSelfCopy,
// DimOfMemRefReshape, the subview, view, reinterpret_cast, alloca_scope and collapse/expand_shape patterns) and
// the cast/dim folders; the expected output is mlir-opt-22 --canonicalize's, byte for byte.

// CHECK-LABEL: func.func @dead_alloc(%arg0: f32, %arg1: index) {
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @dead_alloc(%v: f32, %i: index) {
  %0 = memref.alloc() : memref<4xf32>
  memref.store %v, %0[%i] : memref<4xf32>
  memref.dealloc %0 : memref<4xf32>
  %1 = memref.alloca() : memref<4xf32>
  memref.store %v, %1[%i] : memref<4xf32>
  return
}

// -----

// CHECK-LABEL: func.func @alloc_escapes(%arg0: memref<1xmemref<4xf32>>, %arg1: index) {
// CHECK-NEXT:    %alloc = memref.alloc() : memref<4xf32>
// CHECK-NEXT:    memref.store %alloc, %arg0[%arg1] : memref<1xmemref<4xf32>>
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @alloc_escapes(%m: memref<1xmemref<4xf32>>, %i: index) {
  %0 = memref.alloc() : memref<4xf32>
  memref.store %0, %m[%i] : memref<1xmemref<4xf32>>
  return
}

// -----

// CHECK-LABEL: func.func @alloc_const(%arg0: index) -> memref<?x?xf32> {
// CHECK-NEXT:    %alloc = memref.alloc(%arg0) : memref<4x?xf32>
// CHECK-NEXT:    %cast = memref.cast %alloc : memref<4x?xf32> to memref<?x?xf32>
// CHECK-NEXT:    return %cast : memref<?x?xf32>
// CHECK-NEXT:  }
func.func @alloc_const(%d: index) -> memref<?x?xf32> {
  %c4 = arith.constant 4 : index
  %0 = memref.alloc(%c4, %d) : memref<?x?xf32>
  return %0 : memref<?x?xf32>
}

// -----

// CHECK-LABEL: func.func @alloca_const(%arg0: index) -> f32 {
// CHECK-NEXT:    %c0 = arith.constant 0 : index
// CHECK-NEXT:    %alloca = memref.alloca(%arg0) {alignment = 16 : i64} : memref<?x4xf32>
// CHECK-NEXT:    %0 = memref.load %alloca[%c0, %c0] : memref<?x4xf32>
// CHECK-NEXT:    return %0 : f32
// CHECK-NEXT:  }
func.func @alloca_const(%d: index) -> f32 {
  %c4 = arith.constant 4 : index
  %c0 = arith.constant 0 : index
  %0 = memref.alloca(%d, %c4) {alignment = 16 : i64} : memref<?x?xf32>
  %1 = memref.load %0[%c0, %c0] : memref<?x?xf32>
  return %1 : f32
}

// -----

// CHECK-LABEL: func.func @alloc_negative() -> memref<?xf32> {
// CHECK-NEXT:    %c-1 = arith.constant -1 : index
// CHECK-NEXT:    %alloc = memref.alloc(%c-1) : memref<?xf32>
// CHECK-NEXT:    return %alloc : memref<?xf32>
// CHECK-NEXT:  }
func.func @alloc_negative() -> memref<?xf32> {
  %c = arith.constant -1 : index
  %0 = memref.alloc(%c) : memref<?xf32>
  return %0 : memref<?xf32>
}

// -----

// CHECK-LABEL: func.func @realloc_dead(%arg0: memref<4xf32>) {
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @realloc_dead(%m: memref<4xf32>) {
  %0 = memref.realloc %m : memref<4xf32> to memref<8xf32>
  return
}

// -----

// CHECK-LABEL: func.func @self_copy(%arg0: memref<?xf32>) {
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @self_copy(%m: memref<?xf32>) {
  memref.copy %m, %m : memref<?xf32> to memref<?xf32>
  return
}

// -----

// CHECK-LABEL: func.func @empty_copy(%arg0: memref<0x4xf32>, %arg1: memref<0x4xf32>) {
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @empty_copy(%a: memref<0x4xf32>, %b: memref<0x4xf32>) {
  memref.copy %a, %b : memref<0x4xf32> to memref<0x4xf32>
  return
}

// -----

// CHECK-LABEL: func.func @copy_kept(%arg0: memref<4xf32>, %arg1: memref<4xf32>) {
// CHECK-NEXT:    memref.copy %arg0, %arg1 : memref<4xf32> to memref<4xf32>
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @copy_kept(%a: memref<4xf32>, %b: memref<4xf32>) {
  memref.copy %a, %b : memref<4xf32> to memref<4xf32>
  return
}

// -----

// CHECK-LABEL: func.func @dim_of_reshape(%arg0: memref<*xf32>, %arg1: memref<?xindex>) -> index {
// CHECK-NEXT:    %c3 = arith.constant 3 : index
// CHECK-NEXT:    %0 = memref.load %arg1[%c3] : memref<?xindex>
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @dim_of_reshape(%m: memref<*xf32>, %shape: memref<?xindex>) -> index {
  %c3 = arith.constant 3 : index
  %0 = memref.reshape %m(%shape) : (memref<*xf32>, memref<?xindex>) -> memref<*xf32>
  %1 = memref.dim %0, %c3 : memref<*xf32>
  return %1 : index
}

// -----

// CHECK-LABEL: func.func @dim_of_reshape_i32(%arg0: memref<*xf32>, %arg1: memref<?xi32>, %arg2: index) -> index {
// CHECK-NEXT:    %0 = memref.load %arg1[%arg2] : memref<?xi32>
// CHECK-NEXT:    %1 = arith.index_cast %0 : i32 to index
// CHECK-NEXT:    return %1 : index
// CHECK-NEXT:  }
func.func @dim_of_reshape_i32(%m: memref<*xf32>, %shape: memref<?xi32>, %i: index) -> index {
  %0 = memref.reshape %m(%shape) : (memref<*xf32>, memref<?xi32>) -> memref<*xf32>
  %1 = memref.dim %0, %i : memref<*xf32>
  return %1 : index
}

// -----

// CHECK-LABEL: func.func @dim_of_reshape_after(%arg0: memref<*xf32>, %arg1: memref<?xindex>, %arg2: index) -> index {
// CHECK-NEXT:    %reshape = memref.reshape %arg0(%arg1) : (memref<*xf32>, memref<?xindex>) -> memref<*xf32>
// CHECK-NEXT:    %0 = arith.addi %arg2, %arg2 : index
// CHECK-NEXT:    %dim = memref.dim %reshape, %0 : memref<*xf32>
// CHECK-NEXT:    return %dim : index
// CHECK-NEXT:  }
func.func @dim_of_reshape_after(%m: memref<*xf32>, %shape: memref<?xindex>, %j: index) -> index {
  %0 = memref.reshape %m(%shape) : (memref<*xf32>, memref<?xindex>) -> memref<*xf32>
  %i = arith.addi %j, %j : index
  %1 = memref.dim %0, %i : memref<*xf32>
  return %1 : index
}

// -----

// CHECK-LABEL: func.func @dim_of_alloc(%arg0: index) -> index {
// CHECK-NEXT:    return %arg0 : index
// CHECK-NEXT:  }
func.func @dim_of_alloc(%d: index) -> index {
  %c1 = arith.constant 1 : index
  %0 = memref.alloc(%d) : memref<4x?xf32>
  %1 = memref.dim %0, %c1 : memref<4x?xf32>
  memref.dealloc %0 : memref<4x?xf32>
  return %1 : index
}

// -----

// CHECK-LABEL: func.func @load_of_cast(%arg0: memref<4xf32>, %arg1: index) -> f32 {
// CHECK-NEXT:    %0 = memref.load %arg0[%arg1] : memref<4xf32>
// CHECK-NEXT:    return %0 : f32
// CHECK-NEXT:  }
func.func @load_of_cast(%m: memref<4xf32>, %i: index) -> f32 {
  %0 = memref.cast %m : memref<4xf32> to memref<?xf32>
  %1 = memref.load %0[%i] : memref<?xf32>
  return %1 : f32
}

// -----

// CHECK-LABEL: func.func @subview_const(%arg0: memref<16x16xf32>) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
// CHECK-NEXT:    %subview = memref.subview %arg0[0, 1] [4, 4] [1, 1] : memref<16x16xf32> to memref<4x4xf32, strided<[16, 1], offset: 1>>
// CHECK-NEXT:    %cast = memref.cast %subview : memref<4x4xf32, strided<[16, 1], offset: 1>> to memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT:    return %cast : memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT:  }
func.func @subview_const(%m: memref<16x16xf32>) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %0 = memref.subview %m[%c0, %c1][%c4, %c4][%c1, %c1] : memref<16x16xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  return %0 : memref<?x?xf32, strided<[?, ?], offset: ?>>
}

// -----

// CHECK-LABEL: func.func @subview_partial(%arg0: memref<?x?xf32>, %arg1: index) -> f32 {
// CHECK-NEXT:    %c0 = arith.constant 0 : index
// CHECK-NEXT:    %subview = memref.subview %arg0[%arg1, 2] [2, 2] [1, 1] : memref<?x?xf32> to memref<2x2xf32, strided<[?, 1], offset: ?>>
// CHECK-NEXT:    %0 = memref.load %subview[%c0, %c0] : memref<2x2xf32, strided<[?, 1], offset: ?>>
// CHECK-NEXT:    return %0 : f32
// CHECK-NEXT:  }
func.func @subview_partial(%m: memref<?x?xf32>, %o: index) -> f32 {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %0 = memref.subview %m[%o, %c2][%c2, %c2][1, 1] : memref<?x?xf32> to memref<?x?xf32, strided<[?, 1], offset: ?>>
  %1 = memref.load %0[%c0, %c0] : memref<?x?xf32, strided<[?, 1], offset: ?>>
  return %1 : f32
}

// -----

// CHECK-LABEL: func.func @subview_rank_reduce(%arg0: memref<8x16x4xf32>) -> memref<?x4xf32, strided<[4, 1], offset: ?>> {
// CHECK-NEXT:    %subview = memref.subview %arg0[0, 1, 0] [1, 8, 4] [1, 1, 1] : memref<8x16x4xf32> to memref<8x4xf32, strided<[4, 1], offset: 4>>
// CHECK-NEXT:    %cast = memref.cast %subview : memref<8x4xf32, strided<[4, 1], offset: 4>> to memref<?x4xf32, strided<[4, 1], offset: ?>>
// CHECK-NEXT:    return %cast : memref<?x4xf32, strided<[4, 1], offset: ?>>
// CHECK-NEXT:  }
func.func @subview_rank_reduce(%m: memref<8x16x4xf32>) -> memref<?x4xf32, strided<[4, 1], offset: ?>> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %0 = memref.subview %m[%c0, %c1, 0][1, %c8, 4][1, 1, 1] : memref<8x16x4xf32> to memref<?x4xf32, strided<[4, 1], offset: ?>>
  return %0 : memref<?x4xf32, strided<[4, 1], offset: ?>>
}

// -----

// CHECK-LABEL: func.func @subview_of_cast(%arg0: memref<16x16xf32>, %arg1: index, %arg2: index) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
// CHECK-NEXT:    %subview = memref.subview %arg0[%arg1, %arg1] [%arg2, %arg2] [1, 1] : memref<16x16xf32> to memref<?x?xf32, strided<[16, 1], offset: ?>>
// CHECK-NEXT:    %cast = memref.cast %subview : memref<?x?xf32, strided<[16, 1], offset: ?>> to memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT:    return %cast : memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT:  }
func.func @subview_of_cast(%m: memref<16x16xf32>, %o: index, %s: index) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
  %0 = memref.cast %m : memref<16x16xf32> to memref<?x?xf32>
  %1 = memref.subview %0[%o, %o][%s, %s][1, 1] : memref<?x?xf32> to memref<?x?xf32, strided<[?, 1], offset: ?>>
  %2 = memref.cast %1 : memref<?x?xf32, strided<[?, 1], offset: ?>> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  return %2 : memref<?x?xf32, strided<[?, ?], offset: ?>>
}

// -----

// CHECK-LABEL: func.func @subview_trivial(%arg0: memref<4x8xf32>) -> memref<4x8xf32, strided<[8, 1]>> {
// CHECK-NEXT:    %cast = memref.cast %arg0 : memref<4x8xf32> to memref<4x8xf32, strided<[8, 1]>>
// CHECK-NEXT:    return %cast : memref<4x8xf32, strided<[8, 1]>>
// CHECK-NEXT:  }
func.func @subview_trivial(%m: memref<4x8xf32>) -> memref<4x8xf32, strided<[8, 1]>> {
  %0 = memref.subview %m[0, 0][4, 8][1, 1] : memref<4x8xf32> to memref<4x8xf32, strided<[8, 1]>>
  return %0 : memref<4x8xf32, strided<[8, 1]>>
}

// -----

// CHECK-LABEL: func.func @subview_negative(%arg0: memref<?xf32>) -> memref<?xf32, strided<[?], offset: ?>> {
// CHECK-NEXT:    %c-1 = arith.constant -1 : index
// CHECK-NEXT:    %c0 = arith.constant 0 : index
// CHECK-NEXT:    %subview = memref.subview %arg0[%c-1] [4] [%c0] : memref<?xf32> to memref<4xf32, strided<[?], offset: ?>>
// CHECK-NEXT:    %cast = memref.cast %subview : memref<4xf32, strided<[?], offset: ?>> to memref<?xf32, strided<[?], offset: ?>>
// CHECK-NEXT:    return %cast : memref<?xf32, strided<[?], offset: ?>>
// CHECK-NEXT:  }
func.func @subview_negative(%m: memref<?xf32>) -> memref<?xf32, strided<[?], offset: ?>> {
  %c = arith.constant -1 : index
  %c0 = arith.constant 0 : index
  %0 = memref.subview %m[%c][4][%c0] : memref<?xf32> to memref<4xf32, strided<[?], offset: ?>>
  %1 = memref.cast %0 : memref<4xf32, strided<[?], offset: ?>> to memref<?xf32, strided<[?], offset: ?>>
  return %1 : memref<?xf32, strided<[?], offset: ?>>
}

// -----

// CHECK-LABEL: func.func @subview_oob(%arg0: memref<4xf32>) -> memref<?xf32, strided<[1], offset: ?>> {
// CHECK-NEXT:    %c5 = arith.constant 5 : index
// CHECK-NEXT:    %subview = memref.subview %arg0[%c5] [1] [1] : memref<4xf32> to memref<1xf32, strided<[1], offset: ?>>
// CHECK-NEXT:    %cast = memref.cast %subview : memref<1xf32, strided<[1], offset: ?>> to memref<?xf32, strided<[1], offset: ?>>
// CHECK-NEXT:    return %cast : memref<?xf32, strided<[1], offset: ?>>
// CHECK-NEXT:  }
func.func @subview_oob(%m: memref<4xf32>) -> memref<?xf32, strided<[1], offset: ?>> {
  %c5 = arith.constant 5 : index
  %0 = memref.subview %m[%c5][1][1] : memref<4xf32> to memref<1xf32, strided<[1], offset: ?>>
  %1 = memref.cast %0 : memref<1xf32, strided<[1], offset: ?>> to memref<?xf32, strided<[1], offset: ?>>
  return %1 : memref<?xf32, strided<[1], offset: ?>>
}

// -----

// CHECK-LABEL: func.func @dim_of_subview(%arg0: memref<?x?xf32>, %arg1: index) -> index {
// CHECK-NEXT:    %c1 = arith.constant 1 : index
// CHECK-NEXT:    %subview = memref.subview %arg0[0, 0] [1, %arg1] [1, 1] : memref<?x?xf32> to memref<?xf32, strided<[1]>>
// CHECK-NEXT:    %dim = memref.dim %subview, %c1 : memref<?xf32, strided<[1]>>
// CHECK-NEXT:    return %dim : index
// CHECK-NEXT:  }
func.func @dim_of_subview(%m: memref<?x?xf32>, %s: index) -> index {
  %c1 = arith.constant 1 : index
  %0 = memref.subview %m[0, 0][1, %s][1, 1] : memref<?x?xf32> to memref<?xf32, strided<[1]>>
  %1 = memref.dim %0, %c1 : memref<?xf32, strided<[1]>>
  return %1 : index
}

// -----

// CHECK-LABEL: func.func @view_const(%arg0: memref<2048xi8>, %arg1: index) -> memref<?x?xf32> {
// CHECK-NEXT:    %c0 = arith.constant 0 : index
// CHECK-NEXT:    %view = memref.view %arg0[%c0][%arg1] : memref<2048xi8> to memref<7x?xf32>
// CHECK-NEXT:    %cast = memref.cast %view : memref<7x?xf32> to memref<?x?xf32>
// CHECK-NEXT:    return %cast : memref<?x?xf32>
// CHECK-NEXT:  }
func.func @view_const(%buf: memref<2048xi8>, %d: index) -> memref<?x?xf32> {
  %c0 = arith.constant 0 : index
  %c7 = arith.constant 7 : index
  %0 = memref.view %buf[%c0][%c7, %d] : memref<2048xi8> to memref<?x?xf32>
  return %0 : memref<?x?xf32>
}

// -----

// CHECK-LABEL: func.func @view_no_const(%arg0: memref<2048xi8>, %arg1: index, %arg2: index) -> memref<?xf32> {
// CHECK-NEXT:    %view = memref.view %arg0[%arg1][%arg2] : memref<2048xi8> to memref<?xf32>
// CHECK-NEXT:    return %view : memref<?xf32>
// CHECK-NEXT:  }
func.func @view_no_const(%buf: memref<2048xi8>, %s: index, %d: index) -> memref<?xf32> {
  %0 = memref.view %buf[%s][%d] : memref<2048xi8> to memref<?xf32>
  return %0 : memref<?xf32>
}

// -----

// CHECK-LABEL: func.func @view_cast_alloc(%arg0: index, %arg1: index) -> memref<?xf32> {
// CHECK-NEXT:    %alloc = memref.alloc() : memref<2048xi8>
// CHECK-NEXT:    %view = memref.view %alloc[%arg0][%arg1] : memref<2048xi8> to memref<?xf32>
// CHECK-NEXT:    return %view : memref<?xf32>
// CHECK-NEXT:  }
func.func @view_cast_alloc(%s: index, %d: index) -> memref<?xf32> {
  %0 = memref.alloc() : memref<2048xi8>
  %1 = memref.cast %0 : memref<2048xi8> to memref<?xi8>
  %2 = memref.view %1[%s][%d] : memref<?xi8> to memref<?xf32>
  return %2 : memref<?xf32>
}

// -----

// CHECK-LABEL: func.func @dim_of_view(%arg0: memref<2048xi8>, %arg1: index, %arg2: index) -> index {
// CHECK-NEXT:    return %arg2 : index
// CHECK-NEXT:  }
func.func @dim_of_view(%buf: memref<2048xi8>, %s: index, %d: index) -> index {
  %c0 = arith.constant 0 : index
  %0 = memref.view %buf[%s][%d] : memref<2048xi8> to memref<?xf32>
  %1 = memref.dim %0, %c0 : memref<?xf32>
  return %1 : index
}

// -----

// CHECK-LABEL: func.func @rc_noop_cast(%arg0: memref<4x8xf32>) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
// CHECK-NEXT:    %cast = memref.cast %arg0 : memref<4x8xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT:    return %cast : memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT:  }
func.func @rc_noop_cast(%m: memref<4x8xf32>) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
  %base, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %m : memref<4x8xf32> -> memref<f32>, index, index, index, index, index
  %0 = memref.reinterpret_cast %base to offset: [%offset], sizes: [%sizes#0, %sizes#1], strides: [%strides#0, %strides#1] : memref<f32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  return %0 : memref<?x?xf32, strided<[?, ?], offset: ?>>
}

// -----

// CHECK-LABEL: func.func @rc_dynamic(%arg0: memref<?x?xf32>) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
// CHECK-NEXT:    %cast = memref.cast %arg0 : memref<?x?xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT:    return %cast : memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT:  }
func.func @rc_dynamic(%m: memref<?x?xf32>) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
  %base, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %m : memref<?x?xf32> -> memref<f32>, index, index, index, index, index
  %0 = memref.reinterpret_cast %base to offset: [%offset], sizes: [%sizes#0, %sizes#1], strides: [%strides#0, %strides#1] : memref<f32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  return %0 : memref<?x?xf32, strided<[?, ?], offset: ?>>
}

// -----

// CHECK-LABEL: func.func @rc_not_noop(%arg0: memref<?x?xf32>, %arg1: index) -> memref<?xf32, strided<[?], offset: ?>> {
// CHECK-NEXT:    %base_buffer, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %arg0 : memref<?x?xf32> -> memref<f32>, index, index, index, index, index
// CHECK-NEXT:    %reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [0], sizes: [%arg1], strides: [%strides#0] : memref<?x?xf32> to memref<?xf32, strided<[?]>>
// CHECK-NEXT:    %cast = memref.cast %reinterpret_cast : memref<?xf32, strided<[?]>> to memref<?xf32, strided<[?], offset: ?>>
// CHECK-NEXT:    return %cast : memref<?xf32, strided<[?], offset: ?>>
// CHECK-NEXT:  }
func.func @rc_not_noop(%m: memref<?x?xf32>, %s: index) -> memref<?xf32, strided<[?], offset: ?>> {
  %base, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %m : memref<?x?xf32> -> memref<f32>, index, index, index, index, index
  %0 = memref.reinterpret_cast %base to offset: [%offset], sizes: [%s], strides: [%strides#0] : memref<f32> to memref<?xf32, strided<[?], offset: ?>>
  return %0 : memref<?xf32, strided<[?], offset: ?>>
}

// -----

// CHECK-LABEL: func.func @rc_constants(%arg0: memref<?xf32>) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
// CHECK-NEXT:    %reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [0], sizes: [4, 4], strides: [4, 1] : memref<?xf32> to memref<4x4xf32, strided<[4, 1]>>
// CHECK-NEXT:    %cast = memref.cast %reinterpret_cast : memref<4x4xf32, strided<[4, 1]>> to memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT:    return %cast : memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT:  }
func.func @rc_constants(%m: memref<?xf32>) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %0 = memref.reinterpret_cast %m to offset: [%c0], sizes: [%c4, 4], strides: [%c4, %c1] : memref<?xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  return %0 : memref<?x?xf32, strided<[?, ?], offset: ?>>
}

// -----

// CHECK-LABEL: func.func @rc_fold_identity(%arg0: memref<4xf32>) -> memref<4xf32> {
// CHECK-NEXT:    return %arg0 : memref<4xf32>
// CHECK-NEXT:  }
func.func @rc_fold_identity(%m: memref<4xf32>) -> memref<4xf32> {
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [4], strides: [1] : memref<4xf32> to memref<4xf32>
  return %0 : memref<4xf32>
}

// -----

// CHECK-LABEL: func.func @rc_of_cast(%arg0: memref<4xf32>, %arg1: index) -> memref<?xf32, strided<[1], offset: ?>> {
// CHECK-NEXT:    %reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [%arg1], sizes: [%arg1], strides: [1] : memref<4xf32> to memref<?xf32, strided<[1], offset: ?>>
// CHECK-NEXT:    return %reinterpret_cast : memref<?xf32, strided<[1], offset: ?>>
// CHECK-NEXT:  }
func.func @rc_of_cast(%m: memref<4xf32>, %s: index) -> memref<?xf32, strided<[1], offset: ?>> {
  %0 = memref.cast %m : memref<4xf32> to memref<?xf32>
  %1 = memref.reinterpret_cast %0 to offset: [%s], sizes: [%s], strides: [1] : memref<?xf32> to memref<?xf32, strided<[1], offset: ?>>
  return %1 : memref<?xf32, strided<[1], offset: ?>>
}

// -----

// CHECK-LABEL: func.func @scope_no_alloca(%arg0: f32) -> f32 {
// CHECK-NEXT:    %0 = arith.addf %arg0, %arg0 : f32
// CHECK-NEXT:    return %0 : f32
// CHECK-NEXT:  }
func.func @scope_no_alloca(%v: f32) -> f32 {
  %0 = memref.alloca_scope -> (f32) {
    %1 = arith.addf %v, %v : f32
    memref.alloca_scope.return %1 : f32
  }
  return %0 : f32
}

// -----

// CHECK-LABEL: func.func @scope_last(%arg0: index) {
// CHECK-NEXT:    %cst = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:    %alloca = memref.alloca() : memref<4xf32>
// CHECK-NEXT:    memref.store %cst, %alloca[%arg0] : memref<4xf32>
// CHECK-NEXT:    "test.use"(%alloca) : (memref<4xf32>) -> ()
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @scope_last(%i: index) {
  memref.alloca_scope {
    %a = memref.alloca() : memref<4xf32>
    %c = arith.constant 1.0 : f32
    memref.store %c, %a[%i] : memref<4xf32>
    "test.use"(%a) : (memref<4xf32>) -> ()
  }
  return
}

// -----

// CHECK-LABEL: func.func @scope_not_last(%arg0: index) {
// CHECK-NEXT:    memref.alloca_scope  {
// CHECK-NEXT:    %alloca = memref.alloca() : memref<4xf32>
// CHECK-NEXT:    "test.use"(%alloca) : (memref<4xf32>) -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    "test.other"() : () -> ()
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @scope_not_last(%i: index) {
  memref.alloca_scope {
    %a = memref.alloca() : memref<4xf32>
    "test.use"(%a) : (memref<4xf32>) -> ()
  }
  "test.other"() : () -> ()
  return
}

// -----

// CHECK-LABEL: func.func @scope_hoist(%arg0: index, %arg1: index, %arg2: index) {
// CHECK-NEXT:    scf.for %arg3 = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT:    %alloca = memref.alloca() : memref<4xf32>
// CHECK-NEXT:    %alloca_0 = memref.alloca(%arg3) : memref<?xf32>
// CHECK-NEXT:    "test.use"(%alloca, %alloca_0) : (memref<4xf32>, memref<?xf32>) -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @scope_hoist(%lb: index, %ub: index, %st: index) {
  scf.for %i = %lb to %ub step %st {
    memref.alloca_scope {
      %a = memref.alloca() : memref<4xf32>
      %b = memref.alloca(%i) : memref<?xf32>
      "test.use"(%a, %b) : (memref<4xf32>, memref<?xf32>) -> ()
    }
  }
  return
}

// -----

// CHECK-LABEL: func.func @scope_in_loop_unknown(%arg0: index, %arg1: index, %arg2: index) {
// CHECK-NEXT:    scf.for %arg3 = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT:    "test.op"() : () -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @scope_in_loop_unknown(%lb: index, %ub: index, %st: index) {
  scf.for %i = %lb to %ub step %st {
    memref.alloca_scope {
      "test.op"() : () -> ()
    }
  }
  return
}

// -----

// CHECK-LABEL: func.func @collapse_collapse(%arg0: memref<2x3x4x5xf32>) -> memref<120xf32> {
// CHECK-NEXT:    %collapse_shape = memref.collapse_shape %arg0 {{\[\[}}0, 1, 2, 3]] : memref<2x3x4x5xf32> into memref<120xf32>
// CHECK-NEXT:    return %collapse_shape : memref<120xf32>
// CHECK-NEXT:  }
func.func @collapse_collapse(%m: memref<2x3x4x5xf32>) -> memref<120xf32> {
  %0 = memref.collapse_shape %m [[0, 1], [2], [3]] : memref<2x3x4x5xf32> into memref<6x4x5xf32>
  %1 = memref.collapse_shape %0 [[0, 1, 2]] : memref<6x4x5xf32> into memref<120xf32>
  return %1 : memref<120xf32>
}

// -----

// CHECK-LABEL: func.func @expand_expand(%arg0: memref<?xf32>, %arg1: index) -> memref<?x3x4xf32> {
// CHECK-NEXT:    %expand_shape = memref.expand_shape %arg0 {{\[\[}}0, 1, 2]] output_shape [%arg1, 3, 4] : memref<?xf32> into memref<?x3x4xf32>
// CHECK-NEXT:    return %expand_shape : memref<?x3x4xf32>
// CHECK-NEXT:  }
func.func @expand_expand(%m: memref<?xf32>, %d: index) -> memref<?x3x4xf32> {
  %0 = memref.expand_shape %m [[0, 1]] output_shape [%d, 12] : memref<?xf32> into memref<?x12xf32>
  %1 = memref.expand_shape %0 [[0], [1, 2]] output_shape [%d, 3, 4] : memref<?x12xf32> into memref<?x3x4xf32>
  return %1 : memref<?x3x4xf32>
}

// -----

// CHECK-LABEL: func.func @collapse_of_cast(%arg0: memref<4x8xf32>) -> memref<?xf32> {
// CHECK-NEXT:    %collapse_shape = memref.collapse_shape %arg0 {{\[\[}}0, 1]] : memref<4x8xf32> into memref<32xf32>
// CHECK-NEXT:    %cast = memref.cast %collapse_shape : memref<32xf32> to memref<?xf32>
// CHECK-NEXT:    return %cast : memref<?xf32>
// CHECK-NEXT:  }
func.func @collapse_of_cast(%m: memref<4x8xf32>) -> memref<?xf32> {
  %0 = memref.cast %m : memref<4x8xf32> to memref<?x?xf32>
  %1 = memref.collapse_shape %0 [[0, 1]] : memref<?x?xf32> into memref<?xf32>
  return %1 : memref<?xf32>
}

// -----

// CHECK-LABEL: func.func @collapse_of_cast_same(%arg0: memref<4x?xf32>) -> memref<?xf32> {
// CHECK-NEXT:    %collapse_shape = memref.collapse_shape %arg0 {{\[\[}}0, 1]] : memref<4x?xf32> into memref<?xf32>
// CHECK-NEXT:    return %collapse_shape : memref<?xf32>
// CHECK-NEXT:  }
func.func @collapse_of_cast_same(%m: memref<4x?xf32>) -> memref<?xf32> {
  %0 = memref.cast %m : memref<4x?xf32> to memref<?x?xf32>
  %1 = memref.collapse_shape %0 [[0, 1]] : memref<?x?xf32> into memref<?xf32>
  return %1 : memref<?xf32>
}

// -----

// CHECK-LABEL: func.func @collapse_strided(%arg0: memref<2x3x4xf32, strided<[12, 4, 1]>>) -> memref<24xf32, strided<[1]>> {
// CHECK-NEXT:    %collapse_shape = memref.collapse_shape %arg0 {{\[\[}}0, 1], [2]] : memref<2x3x4xf32, strided<[12, 4, 1]>> into memref<6x4xf32, strided<[4, 1]>>
// CHECK-NEXT:    %collapse_shape_0 = memref.collapse_shape %collapse_shape {{\[\[}}0, 1]] : memref<6x4xf32, strided<[4, 1]>> into memref<24xf32, strided<[1]>>
// CHECK-NEXT:    return %collapse_shape_0 : memref<24xf32, strided<[1]>>
// CHECK-NEXT:  }
func.func @collapse_strided(%m: memref<2x3x4xf32, strided<[12, 4, 1]>>) -> memref<24xf32, strided<[1]>> {
  %0 = memref.collapse_shape %m [[0, 1], [2]] : memref<2x3x4xf32, strided<[12, 4, 1]>> into memref<6x4xf32, strided<[4, 1]>>
  %1 = memref.collapse_shape %0 [[0, 1]] : memref<6x4xf32, strided<[4, 1]>> into memref<24xf32, strided<[1]>>
  return %1 : memref<24xf32, strided<[1]>>
}

// -----

// CHECK-LABEL: func.func @expand_of_collapse_fold(%arg0: memref<2x3xf32>) -> memref<2x3xf32> {
// CHECK-NEXT:    return %arg0 : memref<2x3xf32>
// CHECK-NEXT:  }
func.func @expand_of_collapse_fold(%m: memref<2x3xf32>) -> memref<2x3xf32> {
  %0 = memref.collapse_shape %m [[0, 1]] : memref<2x3xf32> into memref<6xf32>
  %1 = memref.expand_shape %0 [[0, 1]] output_shape [2, 3] : memref<6xf32> into memref<2x3xf32>
  return %1 : memref<2x3xf32>
}

// -----

#map = affine_map<(d0)[s0] -> (d0 + s0)>
// CHECK-LABEL: func.func @alloc_sym(%arg0: index) -> memref<?xf32, #map> {
// CHECK-NEXT:    %alloc = memref.alloc()[%arg0] : memref<4xf32, #map>
// CHECK-NEXT:    %cast = memref.cast %alloc : memref<4xf32, #map> to memref<?xf32, #map>
// CHECK-NEXT:    return %cast : memref<?xf32, #map>
// CHECK-NEXT:  }
func.func @alloc_sym(%s: index) -> memref<?xf32, #map> {
  %c4 = arith.constant 4 : index
  %0 = memref.alloc(%c4)[%s] : memref<?xf32, #map>
  return %0 : memref<?xf32, #map>
}

// -----

// CHECK-LABEL: func.func @alloca_index_const() -> memref<?xf32> {
// CHECK-NEXT:    %alloca = memref.alloca() : memref<4xf32>
// CHECK-NEXT:    %cast = memref.cast %alloca : memref<4xf32> to memref<?xf32>
// CHECK-NEXT:    return %cast : memref<?xf32>
// CHECK-NEXT:  }
func.func @alloca_index_const() -> memref<?xf32> {
  %c4 = index.constant 4
  %0 = memref.alloca(%c4) : memref<?xf32>
  return %0 : memref<?xf32>
}

// -----

// CHECK-LABEL: func.func @subview_unit_dims(%arg0: memref<1x1x4xf32>) -> memref<1x4xf32, strided<[4, 1], offset: ?>> {
// CHECK-NEXT:    %subview = memref.subview %arg0[0, 0, 0] [1, 1, 4] [1, 1, 1] : memref<1x1x4xf32> to memref<1x4xf32, strided<[4, 1]>>
// CHECK-NEXT:    %cast = memref.cast %subview : memref<1x4xf32, strided<[4, 1]>> to memref<1x4xf32, strided<[4, 1], offset: ?>>
// CHECK-NEXT:    return %cast : memref<1x4xf32, strided<[4, 1], offset: ?>>
// CHECK-NEXT:  }
func.func @subview_unit_dims(%m: memref<1x1x4xf32>) -> memref<1x4xf32, strided<[4, 1], offset: ?>> {
  %c0 = arith.constant 0 : index
  %0 = memref.subview %m[0, 0, %c0][1, 1, 4][1, 1, 1] : memref<1x1x4xf32> to memref<1x4xf32, strided<[4, 1], offset: ?>>
  return %0 : memref<1x4xf32, strided<[4, 1], offset: ?>>
}

// -----

// CHECK-LABEL: func.func @dead_alloc_twice(%arg0: index) {
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @dead_alloc_twice(%i: index) {
  %0 = memref.alloc() : memref<4xindex>
  memref.store %i, %0[%i] : memref<4xindex>
  memref.dealloc %0 : memref<4xindex>
  memref.dealloc %0 : memref<4xindex>
  return
}

// -----

// CHECK-LABEL: func.func @coe_collapse(%arg0: memref<6x20xf32>) -> memref<6x4x5xf32> {
// CHECK-NEXT:    %expand_shape = memref.expand_shape %arg0 {{\[\[}}0], [1, 2]] output_shape [6, 4, 5] : memref<6x20xf32> into memref<6x4x5xf32>
// CHECK-NEXT:    return %expand_shape : memref<6x4x5xf32>
// CHECK-NEXT:  }
func.func @coe_collapse(%m: memref<6x20xf32>) -> memref<6x4x5xf32> {
  %0 = memref.expand_shape %m [[0, 1], [2, 3]] output_shape [2, 3, 4, 5] : memref<6x20xf32> into memref<2x3x4x5xf32>
  %1 = memref.collapse_shape %0 [[0, 1], [2], [3]] : memref<2x3x4x5xf32> into memref<6x4x5xf32>
  return %1 : memref<6x4x5xf32>
}

// -----

// CHECK-LABEL: func.func @coe_expand(%arg0: memref<120xf32>) -> memref<6x20xf32> {
// CHECK-NEXT:    %expand_shape = memref.expand_shape %arg0 {{\[\[}}0, 1]] output_shape [6, 20] : memref<120xf32> into memref<6x20xf32>
// CHECK-NEXT:    return %expand_shape : memref<6x20xf32>
// CHECK-NEXT:  }
func.func @coe_expand(%m: memref<120xf32>) -> memref<6x20xf32> {
  %0 = memref.expand_shape %m [[0, 1, 2, 3]] output_shape [2, 3, 4, 5] : memref<120xf32> into memref<2x3x4x5xf32>
  %1 = memref.collapse_shape %0 [[0, 1], [2, 3]] : memref<2x3x4x5xf32> into memref<6x20xf32>
  return %1 : memref<6x20xf32>
}

// -----

// CHECK-LABEL: func.func @coe_fail(%arg0: memref<6x4xf32>) -> memref<2x12xf32> {
// CHECK-NEXT:    %expand_shape = memref.expand_shape %arg0 {{\[\[}}0, 1], [2]] output_shape [2, 3, 4] : memref<6x4xf32> into memref<2x3x4xf32>
// CHECK-NEXT:    %collapse_shape = memref.collapse_shape %expand_shape {{\[\[}}0], [1, 2]] : memref<2x3x4xf32> into memref<2x12xf32>
// CHECK-NEXT:    return %collapse_shape : memref<2x12xf32>
// CHECK-NEXT:  }
func.func @coe_fail(%m: memref<6x4xf32>) -> memref<2x12xf32> {
  %0 = memref.expand_shape %m [[0, 1], [2]] output_shape [2, 3, 4] : memref<6x4xf32> into memref<2x3x4xf32>
  %1 = memref.collapse_shape %0 [[0], [1, 2]] : memref<2x3x4xf32> into memref<2x12xf32>
  return %1 : memref<2x12xf32>
}

// -----

// CHECK-LABEL: func.func @coe_same_rank(%arg0: memref<6x4xf32>) -> memref<6x4xf32> {
// CHECK-NEXT:    return %arg0 : memref<6x4xf32>
// CHECK-NEXT:  }
func.func @coe_same_rank(%m: memref<6x4xf32>) -> memref<6x4xf32> {
  %0 = memref.expand_shape %m [[0, 1], [2]] output_shape [2, 3, 4] : memref<6x4xf32> into memref<2x3x4xf32>
  %1 = memref.collapse_shape %0 [[0, 1], [2]] : memref<2x3x4xf32> into memref<6x4xf32>
  return %1 : memref<6x4xf32>
}
