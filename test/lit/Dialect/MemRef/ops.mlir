// RUN: dialectic-opt %s | dialectic-opt | FileCheck %s
// RUN: dialectic-opt --mlir-print-op-generic %s | dialectic-opt | FileCheck %s

// Round trip of the memref dialect (custom -> custom and custom -> generic -> custom). The CHECK lines are
// mlir-opt-22's output for this file: every op and syntax variant, memrefs with identity, strided and affine-map
// layouts and with memory spaces, and the result names MLIR gives (%alloc, %subview, %base_buffer, ...).

// CHECK: #map = affine_map<(d0, d1)[s0] -> (d0 + s0, d1)>
// CHECK: #map1 = affine_map<(d0, d1)[s0] -> (d1 * s0 + d0)>
#map = affine_map<(d0, d1)[s0] -> (d0 + s0, d1)>

// CHECK: memref.global "private" constant @global_const : memref<2xf32> = dense<[1.000000e+00, 2.000000e+00]> {alignment = 64 : i64}
memref.global "private" constant @global_const : memref<2xf32> = dense<[1.0, 2.0]> {alignment = 64}
// CHECK: memref.global @global_uninit : memref<3xf16> = uninitialized
memref.global @global_uninit : memref<3xf16> = uninitialized
// CHECK: memref.global "private" @global_decl : memref<4xi32>
memref.global "private" @global_decl : memref<4xi32>
// CHECK: memref.global @global_scalar : memref<f32> = dense<1.000000e+00>
memref.global @global_scalar : memref<f32> = dense<1.0>
// CHECK: memref.global "public" @global_splat : memref<2x2xi8, 1> = dense<7>
memref.global "public" @global_splat : memref<2x2xi8, 1> = dense<7>

// CHECK-LABEL: func.func @alloc_variants(%arg0: index, %arg1: index) {
// CHECK-NEXT:   %alloc = memref.alloc() : memref<8x64xf32>
// CHECK-NEXT:   %alloc_0 = memref.alloc(%arg0) : memref<8x?xf32, 1>
// CHECK-NEXT:   %alloc_1 = memref.alloc()[%arg1] : memref<8x64xf32, #map, 1>
// CHECK-NEXT:   %alloc_2 = memref.alloc(%arg0)[%arg1] {alignment = 16 : i64} : memref<?x64xf32, #map>
// CHECK-NEXT:   %alloc_3 = memref.alloc()[%arg1, %arg0] : memref<4x4xf32, strided<[?, ?]>>
// CHECK-NEXT:   %alloc_4 = memref.alloc() {other = "x"} : memref<f32, "gpu">
// CHECK-NEXT:   memref.dealloc %alloc : memref<8x64xf32>
// CHECK-NEXT:   memref.dealloc %alloc_4 : memref<f32, "gpu">
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @alloc_variants(%d: index, %s: index) {
  %0 = memref.alloc() : memref<8x64xf32>
  %1 = memref.alloc(%d) : memref<8x?xf32, 1>
  %2 = memref.alloc()[%s] : memref<8x64xf32, #map, 1>
  %3 = memref.alloc(%d)[%s] {alignment = 16} : memref<?x64xf32, #map>
  %4 = memref.alloc()[%s, %d] : memref<4x4xf32, strided<[?, ?]>>
  %5 = memref.alloc() {other = "x"} : memref<f32, "gpu">
  memref.dealloc %0 : memref<8x64xf32>
  memref.dealloc %5 : memref<f32, "gpu">
  return
}

// CHECK-LABEL: func.func @alloca_variants(%arg0: index) {
// CHECK-NEXT:   %alloca = memref.alloca() : memref<4xf32>
// CHECK-NEXT:   %alloca_0 = memref.alloca(%arg0, %arg0) {alignment = 64 : i64} : memref<?x?xi8>
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @alloca_variants(%d: index) {
  %0 = memref.alloca() : memref<4xf32>
  %1 = memref.alloca(%d, %d) {alignment = 64} : memref<?x?xi8>
  return
}

// CHECK-LABEL: func.func @alloca_scope_variants(%arg0: f32) -> f32 {
// CHECK-NEXT:   memref.alloca_scope  {
// CHECK-NEXT:     %alloca = memref.alloca() : memref<4xf32>
// CHECK-NEXT:   }
// CHECK-NEXT:   %0:2 = memref.alloca_scope  -> (f32, f32) {
// CHECK-NEXT:     memref.alloca_scope.return %arg0, %arg0 : f32, f32
// CHECK-NEXT:   }
// CHECK-NEXT:   memref.alloca_scope  {
// CHECK-NEXT:   } {attr}
// CHECK-NEXT:   return %0#0 : f32
// CHECK-NEXT: }
func.func @alloca_scope_variants(%v: f32) -> f32 {
  memref.alloca_scope {
    %0 = memref.alloca() : memref<4xf32>
  }
  %r:2 = memref.alloca_scope -> (f32, f32) {
    memref.alloca_scope.return %v, %v : f32, f32
  }
  memref.alloca_scope {
    memref.alloca_scope.return
  } {attr}
  return %r#0 : f32
}

// CHECK-LABEL: func.func @load_store(%arg0: memref<4x?xf32, strided<[?, 1], offset: ?>>, %arg1: memref<i32, 3>, %arg2: index, %arg3: f32, %arg4: i32) {
// CHECK-NEXT:   %0 = memref.load %arg0[%arg2, %arg2] : memref<4x?xf32, strided<[?, 1], offset: ?>>
// CHECK-NEXT:   %1 = memref.load %arg1[] {nontemporal = true} : memref<i32, 3>
// CHECK-NEXT:   %2 = memref.load %arg0[%arg2, %arg2] {alignment = 8 : i64} : memref<4x?xf32, strided<[?, 1], offset: ?>>
// CHECK-NEXT:   memref.store %arg3, %arg0[%arg2, %arg2] : memref<4x?xf32, strided<[?, 1], offset: ?>>
// CHECK-NEXT:   memref.store %arg4, %arg1[] {alignment = 4 : i64, nontemporal = true} : memref<i32, 3>
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @load_store(%m: memref<4x?xf32, strided<[?, 1], offset: ?>>, %u: memref<i32, 3>, %i: index, %v: f32, %w: i32) {
  %0 = memref.load %m[%i, %i] : memref<4x?xf32, strided<[?, 1], offset: ?>>
  %1 = memref.load %u[] {nontemporal = true} : memref<i32, 3>
  %2 = memref.load %m[%i, %i] {alignment = 8, nontemporal = false} : memref<4x?xf32, strided<[?, 1], offset: ?>>
  memref.store %v, %m[%i, %i] : memref<4x?xf32, strided<[?, 1], offset: ?>>
  memref.store %w, %u[] {nontemporal = true, alignment = 4} : memref<i32, 3>
  return
}

// CHECK-LABEL: func.func @cast_variants(%arg0: memref<4x?xf32>, %arg1: memref<*xf32>, %arg2: memref<12x4xf32, strided<[4, 1], offset: 5>>) {
// CHECK-NEXT:   %cast = memref.cast %arg0 : memref<4x?xf32> to memref<?x?xf32>
// CHECK-NEXT:   %cast_0 = memref.cast %arg0 : memref<4x?xf32> to memref<*xf32>
// CHECK-NEXT:   %cast_1 = memref.cast %arg1 : memref<*xf32> to memref<4x4xf32>
// CHECK-NEXT:   %cast_2 = memref.cast %arg2 : memref<12x4xf32, strided<[4, 1], offset: 5>> to memref<12x4xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT:   %cast_3 = memref.cast %arg0 : memref<4x?xf32> to memref<4x4xf32>
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @cast_variants(%m: memref<4x?xf32>, %u: memref<*xf32>, %s: memref<12x4xf32, strided<[4, 1], offset: 5>>) {
  %0 = memref.cast %m : memref<4x?xf32> to memref<?x?xf32>
  %1 = memref.cast %m : memref<4x?xf32> to memref<*xf32>
  %2 = memref.cast %u : memref<*xf32> to memref<4x4xf32>
  %3 = memref.cast %s : memref<12x4xf32, strided<[4, 1], offset: 5>> to memref<12x4xf32, strided<[?, ?], offset: ?>>
  %4 = memref.cast %m : memref<4x?xf32> to memref<4x4xf32>
  return
}

// CHECK-LABEL: func.func @dim_rank(%arg0: memref<4x?xf32>, %arg1: memref<*xf32>, %arg2: index) -> (index, index, index) {
// CHECK-NEXT:   %dim = memref.dim %arg0, %arg2 : memref<4x?xf32>
// CHECK-NEXT:   %dim_0 = memref.dim {tag} %arg1, %arg2 : memref<*xf32>
// CHECK-NEXT:   %0 = memref.rank %arg1 : memref<*xf32>
// CHECK-NEXT:   %1 = memref.rank %arg0 : memref<4x?xf32>
// CHECK-NEXT:   return %dim, %dim_0, %0 : index, index, index
// CHECK-NEXT: }
func.func @dim_rank(%m: memref<4x?xf32>, %u: memref<*xf32>, %i: index) -> (index, index, index) {
  %0 = memref.dim %m, %i : memref<4x?xf32>
  %1 = memref.dim {tag} %u, %i : memref<*xf32>
  %2 = memref.rank %u : memref<*xf32>
  %3 = memref.rank %m : memref<4x?xf32>
  return %0, %1, %2 : index, index, index
}

// CHECK-LABEL: func.func @get_global_variants() -> memref<2xf32> {
// CHECK-NEXT:   %0 = memref.get_global @global_const : memref<2xf32>
// CHECK-NEXT:   %1 = memref.get_global @global_splat : memref<2x2xi8, 1>
// CHECK-NEXT:   return %0 : memref<2xf32>
// CHECK-NEXT: }
func.func @get_global_variants() -> memref<2xf32> {
  %0 = memref.get_global @global_const : memref<2xf32>
  %1 = memref.get_global @global_splat : memref<2x2xi8, 1>
  return %0 : memref<2xf32>
}

// CHECK-LABEL: func.func @subview_variants(%arg0: memref<8x16x4xf32>, %arg1: memref<?x?xf32, strided<[?, ?], offset: ?>>, %arg2: index, %arg3: index) {
// CHECK-NEXT:   %subview = memref.subview %arg0[0, 0, 0] [1, 16, 4] [1, 1, 1] : memref<8x16x4xf32> to memref<16x4xf32>
// CHECK-NEXT:   %subview_0 = memref.subview %arg0[3, 4, 1] [1, 6, 3] [1, 1, 1] : memref<8x16x4xf32> to memref<6x3xf32, strided<[4, 1], offset: 209>>
// CHECK-NEXT:   %subview_1 = memref.subview %arg0[%arg2, %arg3, 0] [%arg2, 4, 4] [1, %arg3, 1] : memref<8x16x4xf32> to memref<?x4x4xf32, strided<[64, ?, 1], offset: ?>>
// CHECK-NEXT:   %subview_2 = memref.subview %arg1[%arg2, %arg3] [4, 4] [%arg2, %arg3] : memref<?x?xf32, strided<[?, ?], offset: ?>> to memref<4x4xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT:   %subview_3 = memref.subview %arg0[0, 0, 0] [8, 16, 4] [1, 1, 1] : memref<8x16x4xf32> to memref<8x16x4xf32>
// CHECK-NEXT:   %subview_4 = memref.subview %arg0[1, 2, 0] [2, 1, 4] [2, 1, 1] : memref<8x16x4xf32> to memref<2x4xf32, strided<[128, 1], offset: 72>>
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @subview_variants(%m: memref<8x16x4xf32>, %d: memref<?x?xf32, strided<[?, ?], offset: ?>>, %i: index, %j: index) {
  %0 = memref.subview %m[0, 0, 0] [1, 16, 4] [1, 1, 1] : memref<8x16x4xf32> to memref<16x4xf32>
  %1 = memref.subview %m[3, 4, 1] [1, 6, 3] [1, 1, 1] : memref<8x16x4xf32> to memref<6x3xf32, strided<[4, 1], offset: 209>>
  %2 = memref.subview %m[%i, %j, 0] [%i, 4, 4] [1, %j, 1] : memref<8x16x4xf32> to memref<?x4x4xf32, strided<[64, ?, 1], offset: ?>>
  %3 = memref.subview %d[%i, %j] [4, 4] [%i, %j] : memref<?x?xf32, strided<[?, ?], offset: ?>> to memref<4x4xf32, strided<[?, ?], offset: ?>>
  %4 = memref.subview %m[0, 0, 0] [8, 16, 4] [1, 1, 1] : memref<8x16x4xf32> to memref<8x16x4xf32>
  %5 = memref.subview %m[1, 2, 0] [2, 1, 4] [2, 1, 1] : memref<8x16x4xf32> to memref<2x4xf32, strided<[128, 1], offset: 72>>
  return
}

// CHECK-LABEL: func.func @view_variants(%arg0: memref<2048xi8>, %arg1: memref<64xi8, 3>, %arg2: index) {
// CHECK-NEXT:   %view = memref.view %arg0[%arg2][] : memref<2048xi8> to memref<64x4xf32>
// CHECK-NEXT:   %view_0 = memref.view %arg0[%arg2][%arg2, %arg2] : memref<2048xi8> to memref<?x4x?xf32>
// CHECK-NEXT:   %view_1 = memref.view %arg1[%arg2][] : memref<64xi8, 3> to memref<4xi16, 3>
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @view_variants(%b: memref<2048xi8>, %g: memref<64xi8, 3>, %i: index) {
  %0 = memref.view %b[%i][] : memref<2048xi8> to memref<64x4xf32>
  %1 = memref.view %b[%i][%i, %i] : memref<2048xi8> to memref<?x4x?xf32>
  %2 = memref.view %g[%i][] : memref<64xi8, 3> to memref<4xi16, 3>
  return
}

// CHECK-LABEL: func.func @reinterpret_cast_variants(%arg0: memref<?x?xf32>, %arg1: memref<*xf32>, %arg2: index) {
// CHECK-NEXT:   %reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [0], sizes: [%arg2, 10], strides: [1, %arg2] : memref<?x?xf32> to memref<?x10xf32, strided<[1, ?]>>
// CHECK-NEXT:   %reinterpret_cast_0 = memref.reinterpret_cast %arg1 to offset: [%arg2], sizes: [%arg2, %arg2], strides: [%arg2, %arg2] : memref<*xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK-NEXT:   %reinterpret_cast_1 = memref.reinterpret_cast %arg0 to offset: [9], sizes: [4, 4], strides: [16, 2] : memref<?x?xf32> to memref<4x4xf32, strided<[16, 2], offset: 9>>
// CHECK-NEXT:   %reinterpret_cast_2 = memref.reinterpret_cast %arg0 to offset: [0], sizes: [], strides: [] : memref<?x?xf32> to memref<f32>
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @reinterpret_cast_variants(%m: memref<?x?xf32>, %u: memref<*xf32>, %i: index) {
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [%i, 10], strides: [1, %i] : memref<?x?xf32> to memref<?x10xf32, strided<[1, ?]>>
  %1 = memref.reinterpret_cast %u to offset: [%i], sizes: [%i, %i], strides: [%i, %i] : memref<*xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  %2 = memref.reinterpret_cast %m to offset: [9], sizes: [4, 4], strides: [16, 2] : memref<?x?xf32> to memref<4x4xf32, strided<[16, 2], offset: 9>>
  %3 = memref.reinterpret_cast %m to offset: [0], sizes: [], strides: [] : memref<?x?xf32> to memref<f32>
  return
}

// CHECK-LABEL: func.func @reshape_ops(%arg0: memref<3x4x5xf32>, %arg1: memref<3x4x5xf32, strided<[40, 5, 1], offset: 7>>, %arg2: memref<?x?x?xf32>, %arg3: index) {
// CHECK-NEXT:   %collapse_shape = memref.collapse_shape %arg0 {{\[\[}}0, 1], [2]] : memref<3x4x5xf32> into memref<12x5xf32>
// CHECK-NEXT:   %collapse_shape_0 = memref.collapse_shape %arg0 {{\[\[}}0, 1, 2]] : memref<3x4x5xf32> into memref<60xf32>
// CHECK-NEXT:   %collapse_shape_1 = memref.collapse_shape %arg1 {{\[\[}}0], [1, 2]] : memref<3x4x5xf32, strided<[40, 5, 1], offset: 7>> into memref<3x20xf32, strided<[40, 1], offset: 7>>
// CHECK-NEXT:   %collapse_shape_2 = memref.collapse_shape %arg2 {{\[\[}}0, 1], [2]] : memref<?x?x?xf32> into memref<?x?xf32>
// CHECK-NEXT:   %expand_shape = memref.expand_shape %collapse_shape {{\[\[}}0, 1], [2]] output_shape [3, 4, 5] : memref<12x5xf32> into memref<3x4x5xf32>
// CHECK-NEXT:   %expand_shape_3 = memref.expand_shape %collapse_shape_2 {{\[\[}}0], [1, 2]] output_shape [%arg3, %arg3, 4] : memref<?x?xf32> into memref<?x?x4xf32>
// CHECK-NEXT:   %expand_shape_4 = memref.expand_shape %collapse_shape_1 {{\[\[}}0, 1], [2, 3]] output_shape [1, 3, 4, 5] : memref<3x20xf32, strided<[40, 1], offset: 7>> into memref<1x3x4x5xf32, strided<[120, 40, 5, 1], offset: 7>>
// CHECK-NEXT:   %alloc = memref.alloc() : memref<1x1xf32>
// CHECK-NEXT:   %collapse_shape_5 = memref.collapse_shape %alloc [] : memref<1x1xf32> into memref<f32>
// CHECK-NEXT:   %expand_shape_6 = memref.expand_shape %collapse_shape_5 [] output_shape [1, 1] : memref<f32> into memref<1x1xf32>
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @reshape_ops(%m: memref<3x4x5xf32>, %s: memref<3x4x5xf32, strided<[40, 5, 1], offset: 7>>, %d: memref<?x?x?xf32>, %n: index) {
  %0 = memref.collapse_shape %m [[0, 1], [2]] : memref<3x4x5xf32> into memref<12x5xf32>
  %1 = memref.collapse_shape %m [[0, 1, 2]] : memref<3x4x5xf32> into memref<60xf32>
  %2 = memref.collapse_shape %s [[0], [1, 2]] : memref<3x4x5xf32, strided<[40, 5, 1], offset: 7>> into memref<3x20xf32, strided<[40, 1], offset: 7>>
  %3 = memref.collapse_shape %d [[0, 1], [2]] : memref<?x?x?xf32> into memref<?x?xf32>
  %4 = memref.expand_shape %0 [[0, 1], [2]] output_shape [3, 4, 5] : memref<12x5xf32> into memref<3x4x5xf32>
  %5 = memref.expand_shape %3 [[0], [1, 2]] output_shape [%n, %n, 4] : memref<?x?xf32> into memref<?x?x4xf32>
  %6 = memref.expand_shape %2 [[0, 1], [2, 3]] output_shape [1, 3, 4, 5] : memref<3x20xf32, strided<[40, 1], offset: 7>> into memref<1x3x4x5xf32, strided<[120, 40, 5, 1], offset: 7>>
  %c = memref.alloc() : memref<1x1xf32>
  %7 = memref.collapse_shape %c [] : memref<1x1xf32> into memref<f32>
  %8 = memref.expand_shape %7 [] output_shape [1, 1] : memref<f32> into memref<1x1xf32>
  return
}

// CHECK-LABEL: func.func @transpose_variants(%arg0: memref<?x?xf32>, %arg1: memref<4x5xf32, strided<[?, 7], offset: 3>>) {
// CHECK-NEXT:   %transpose = memref.transpose %arg0 (d0, d1) -> (d1, d0) : memref<?x?xf32> to memref<?x?xf32, strided<[1, ?]>>
// CHECK-NEXT:   %transpose_0 = memref.transpose %arg1 (d0, d1) -> (d1, d0) {tag} : memref<4x5xf32, strided<[?, 7], offset: 3>> to memref<5x4xf32, strided<[7, ?], offset: 3>>
// CHECK-NEXT:   %transpose_1 = memref.transpose %arg0 (d0, d1) -> (d1, d0) : memref<?x?xf32> to memref<?x?xf32, #map1>
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @transpose_variants(%m: memref<?x?xf32>, %s: memref<4x5xf32, strided<[?, 7], offset: 3>>) {
  %0 = memref.transpose %m (i, j) -> (j, i) : memref<?x?xf32> to memref<?x?xf32, strided<[1, ?]>>
  %1 = memref.transpose %s (d0, d1) -> (d1, d0) {tag} : memref<4x5xf32, strided<[?, 7], offset: 3>> to memref<5x4xf32, strided<[7, ?], offset: 3>>
  %2 = memref.transpose %m (d0, d1) -> (d1, d0) : memref<?x?xf32> to memref<?x?xf32, affine_map<(d0, d1)[s0] -> (d1 * s0 + d0)>>
  return
}

// CHECK-LABEL: func.func @metadata_ops(%arg0: memref<10x?xf32, strided<[?, 1], offset: ?>, 2>, %arg1: memref<*xi8>, %arg2: memref<f64>) {
// CHECK-NEXT:   %base_buffer, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %arg0 : memref<10x?xf32, strided<[?, 1], offset: ?>, 2> -> memref<f32, 2>, index, index, index, index, index
// CHECK-NEXT:   %base_buffer_0, %offset_1 = memref.extract_strided_metadata %arg2 : memref<f64> -> memref<f64>, index
// CHECK-NEXT:   %intptr = memref.extract_aligned_pointer_as_index %arg0 : memref<10x?xf32, strided<[?, 1], offset: ?>, 2> -> index
// CHECK-NEXT:   %intptr_2 = memref.extract_aligned_pointer_as_index %arg1 : memref<*xi8> -> index
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @metadata_ops(%m: memref<10x?xf32, strided<[?, 1], offset: ?>, 2>, %u: memref<*xi8>, %z: memref<f64>) {
  %base, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %m : memref<10x?xf32, strided<[?, 1], offset: ?>, 2> -> memref<f32, 2>, index, index, index, index, index
  %b2, %o2 = memref.extract_strided_metadata %z : memref<f64> -> memref<f64>, index
  %p = memref.extract_aligned_pointer_as_index %m : memref<10x?xf32, strided<[?, 1], offset: ?>, 2> -> index
  %q = memref.extract_aligned_pointer_as_index %u : memref<*xi8> -> index
  return
}

// CHECK-LABEL: func.func @memory_space_cast_variants(%arg0: memref<?xf32, 5>, %arg1: memref<*xmemref<?xf32>, 5>) {
// CHECK-NEXT:   %memspacecast = memref.memory_space_cast %arg0 : memref<?xf32, 5> to memref<?xf32>
// CHECK-NEXT:   %memspacecast_0 = memref.memory_space_cast %arg1 : memref<*xmemref<?xf32>, 5> to memref<*xmemref<?xf32>, 3>
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @memory_space_cast_variants(%m: memref<?xf32, 5>, %u: memref<*xmemref<?xf32>, 5>) {
  %0 = memref.memory_space_cast %m : memref<?xf32, 5> to memref<?xf32>
  %1 = memref.memory_space_cast %u : memref<*xmemref<?xf32>, 5> to memref<*xmemref<?xf32>, 3>
  return
}

// CHECK-LABEL: func.func @copy_prefetch(%arg0: memref<?xf32>, %arg1: memref<4xf32, strided<[2]>>, %arg2: index) {
// CHECK-NEXT:   memref.copy %arg0, %arg1 : memref<?xf32> to memref<4xf32, strided<[2]>>
// CHECK-NEXT:   memref.prefetch %arg0[%arg2], read, locality<3>, data : memref<?xf32>
// CHECK-NEXT:   memref.prefetch %arg1[%arg2], write, locality<1>, instr : memref<4xf32, strided<[2]>>
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @copy_prefetch(%a: memref<?xf32>, %b: memref<4xf32, strided<[2]>>, %i: index) {
  memref.copy %a, %b : memref<?xf32> to memref<4xf32, strided<[2]>>
  memref.prefetch %a[%i], read, locality<3>, data : memref<?xf32>
  memref.prefetch %b[%i], write, locality<1>, instr : memref<4xf32, strided<[2]>>
  return
}

// CHECK-LABEL: func.func @realloc_reshape(%arg0: memref<8xf32>, %arg1: memref<2xindex>, %arg2: memref<?xi32>, %arg3: memref<*xf32>, %arg4: index) {
// CHECK-NEXT:   %0 = memref.realloc %arg0 : memref<8xf32> to memref<10xf32>
// CHECK-NEXT:   %1 = memref.realloc %0(%arg4) {alignment = 8 : i64} : memref<10xf32> to memref<?xf32>
// CHECK-NEXT:   %reshape = memref.reshape %arg0(%arg1) : (memref<8xf32>, memref<2xindex>) -> memref<2x4xf32>
// CHECK-NEXT:   %reshape_0 = memref.reshape %arg3(%arg2) : (memref<*xf32>, memref<?xi32>) -> memref<*xf32>
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @realloc_reshape(%a: memref<8xf32>, %s: memref<2xindex>, %d: memref<?xi32>, %u: memref<*xf32>, %n: index) {
  %0 = memref.realloc %a : memref<8xf32> to memref<10xf32>
  %1 = memref.realloc %0(%n) {alignment = 8} : memref<10xf32> to memref<?xf32>
  %2 = memref.reshape %a(%s) : (memref<8xf32>, memref<2xindex>) -> memref<2x4xf32>
  %3 = memref.reshape %u(%d) : (memref<*xf32>, memref<?xi32>) -> memref<*xf32>
  return
}

// CHECK-LABEL: func.func @atomic_ops(%arg0: memref<10xf32>, %arg1: memref<4x4xi32>, %arg2: f32, %arg3: i32, %arg4: index) -> f32 {
// CHECK-NEXT:   %0 = memref.atomic_rmw addf %arg2, %arg0[%arg4] : (f32, memref<10xf32>) -> f32
// CHECK-NEXT:   %1 = memref.atomic_rmw maxs %arg3, %arg1[%arg4, %arg4] : (i32, memref<4x4xi32>) -> i32
// CHECK-NEXT:   %2 = memref.atomic_rmw assign %arg2, %arg0[%arg4] {tag} : (f32, memref<10xf32>) -> f32
// CHECK-NEXT:   %3 = memref.generic_atomic_rmw %arg0[%arg4] : memref<10xf32> {
// CHECK-NEXT:   ^bb0(%arg5: f32):
// CHECK-NEXT:     memref.atomic_yield %arg5 : f32
// CHECK-NEXT:   }
// CHECK-NEXT:   %4 = memref.generic_atomic_rmw %arg1[%arg4, %arg4] : memref<4x4xi32> {
// CHECK-NEXT:   ^bb0(%arg5: i32):
// CHECK-NEXT:     memref.atomic_yield %arg5 : i32
// CHECK-NEXT:   } {tag}
// CHECK-NEXT:   return %0 : f32
// CHECK-NEXT: }
func.func @atomic_ops(%m: memref<10xf32>, %n: memref<4x4xi32>, %v: f32, %w: i32, %i: index) -> f32 {
  %0 = memref.atomic_rmw addf %v, %m[%i] : (f32, memref<10xf32>) -> f32
  %1 = memref.atomic_rmw maxs %w, %n[%i, %i] : (i32, memref<4x4xi32>) -> i32
  %2 = memref.atomic_rmw assign %v, %m[%i] {tag} : (f32, memref<10xf32>) -> f32
  %3 = memref.generic_atomic_rmw %m[%i] : memref<10xf32> {
  ^bb0(%cur: f32):
    memref.atomic_yield %cur : f32
  }
  %4 = memref.generic_atomic_rmw %n[%i, %i] : memref<4x4xi32> {
  ^bb0(%cur: i32):
    memref.atomic_yield %cur : i32
  } {tag}
  return %0 : f32
}

// CHECK-LABEL: func.func @dma_ops(%arg0: memref<40x128xf32>, %arg1: memref<2x1024xf32, 1>, %arg2: memref<1xi32, 2>, %arg3: index, %arg4: index) {
// CHECK-NEXT:   memref.dma_start %arg0[%arg3, %arg3], %arg1[%arg3, %arg3], %arg4, %arg2[%arg3] : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32, 2>
// CHECK-NEXT:   memref.dma_start %arg0[%arg3, %arg3], %arg1[%arg3, %arg3], %arg4, %arg2[%arg3], %arg3, %arg4 : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32, 2>
// CHECK-NEXT:   memref.dma_wait %arg2[%arg3], %arg4 : memref<1xi32, 2>
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @dma_ops(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32, 2>, %i: index, %n: index) {
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %tag[%i] : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32, 2>
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %tag[%i], %i, %n : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32, 2>
  memref.dma_wait %tag[%i], %n : memref<1xi32, 2>
  return
}

// CHECK-LABEL: func.func @assume_and_distinct(%arg0: memref<4xf32>, %arg1: memref<?xi8>) {
// CHECK-NEXT:   %assume_align = memref.assume_alignment %arg0, 64 : memref<4xf32>
// CHECK-NEXT:   %assume_align_0 = memref.assume_alignment %arg1, 1 {tag} : memref<?xi8>
// CHECK-NEXT:   %0:2 = memref.distinct_objects %arg0, %arg1 : memref<4xf32>, memref<?xi8>
// CHECK-NEXT:   %1 = memref.distinct_objects %arg0 {tag} : memref<4xf32>
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @assume_and_distinct(%a: memref<4xf32>, %b: memref<?xi8>) {
  %0 = memref.assume_alignment %a, 64 : memref<4xf32>
  %1 = memref.assume_alignment %b, 1 {tag} : memref<?xi8>
  %2:2 = memref.distinct_objects %a, %b : memref<4xf32>, memref<?xi8>
  %3 = memref.distinct_objects %a {tag} : memref<4xf32>
  return
}

// CHECK-LABEL: func.func @rank0_views(%arg0: memref<f32>, %arg1: memref<*xf32>, %arg2: index) {
// CHECK-NEXT:   %subview = memref.subview %arg0[] [] [] : memref<f32> to memref<f32>
// CHECK-NEXT:   %reinterpret_cast = memref.reinterpret_cast %arg1 to offset: [%arg2], sizes: [], strides: [] : memref<*xf32> to memref<f32, strided<[], offset: ?>>
// CHECK-NEXT:   %base_buffer, %offset = memref.extract_strided_metadata %arg0 : memref<f32> -> memref<f32>, index
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @rank0_views(%m: memref<f32>, %u: memref<*xf32>, %i: index) {
  %0 = memref.subview %m[] [] [] : memref<f32> to memref<f32>
  %1 = memref.reinterpret_cast %u to offset: [%i], sizes: [], strides: [] : memref<*xf32> to memref<f32, strided<[], offset: ?>>
  %2:2 = memref.extract_strided_metadata %m : memref<f32> -> memref<f32>, index
  return
}
// CHECK-LABEL: func.func @reshape_strided_layouts(%arg0: memref<30x20xf32, strided<[4000, 2], offset: 100>>, %arg1: memref<1x5xf32, strided<[5, 1], offset: ?>>, %arg2: memref<3x4x5xf32, strided<[240, 60, 10]>>, %arg3: memref<1x2049xi64, strided<[?, ?], offset: ?>>, %arg4: memref<1x1x1024xi8, strided<[40960, 4096, 1]>>, %arg5: memref<24x1x1x1024xi8, strided<[40960, 40960, 4096, 1]>>, %arg6: memref<?x?x?xf32, strided<[?, ?, 1], offset: ?>>, %arg7: memref<4x?x4xf32, strided<[?, 4, 1]>>) {
// CHECK-NEXT:   %expand_shape = memref.expand_shape %arg0 {{\[\[}}0], [1, 2]] output_shape [30, 4, 5] : memref<30x20xf32, strided<[4000, 2], offset: 100>> into memref<30x4x5xf32, strided<[4000, 10, 2], offset: 100>>
// CHECK-NEXT:   %expand_shape_0 = memref.expand_shape %arg0 {{\[\[}}0, 1], [2]] output_shape [2, 15, 20] : memref<30x20xf32, strided<[4000, 2], offset: 100>> into memref<2x15x20xf32, strided<[60000, 4000, 2], offset: 100>>
// CHECK-NEXT:   %expand_shape_1 = memref.expand_shape %arg1 {{\[\[}}0], [1, 2]] output_shape [1, 1, 5] : memref<1x5xf32, strided<[5, 1], offset: ?>> into memref<1x1x5xf32, strided<[5, 5, 1], offset: ?>>
// CHECK-NEXT:   %collapse_shape = memref.collapse_shape %arg2 {{\[\[}}0, 1], [2]] : memref<3x4x5xf32, strided<[240, 60, 10]>> into memref<12x5xf32, strided<[60, 10]>>
// CHECK-NEXT:   %collapse_shape_2 = memref.collapse_shape %arg3 {{\[\[}}0, 1]] : memref<1x2049xi64, strided<[?, ?], offset: ?>> into memref<2049xi64, strided<[?], offset: ?>>
// CHECK-NEXT:   %collapse_shape_3 = memref.collapse_shape %arg4 {{\[\[}}0, 1, 2]] : memref<1x1x1024xi8, strided<[40960, 4096, 1]>> into memref<1024xi8, strided<[1]>>
// CHECK-NEXT:   %collapse_shape_4 = memref.collapse_shape %arg6 {{\[\[}}0, 1], [2]] : memref<?x?x?xf32, strided<[?, ?, 1], offset: ?>> into memref<?x?xf32, strided<[?, 1], offset: ?>>
// CHECK-NEXT:   %collapse_shape_5 = memref.collapse_shape %arg7 {{\[\[}}0, 1, 2]] : memref<4x?x4xf32, strided<[?, 4, 1]>> into memref<?xf32, strided<[1]>>
// CHECK-NEXT:   %expand_shape_6 = memref.expand_shape %arg6 {{\[\[}}0], [1], [2, 3]] output_shape [2, 3, 4, 5] : memref<?x?x?xf32, strided<[?, ?, 1], offset: ?>> into memref<?x?x?x5xf32, strided<[?, ?, 5, 1], offset: ?>>
// CHECK-NEXT:   return
// CHECK-NEXT: }
func.func @reshape_strided_layouts(%arg3: memref<30x20xf32, strided<[4000, 2], offset: 100>>,
    %arg4: memref<1x5xf32, strided<[5, 1], offset: ?>>,
    %arg6: memref<3x4x5xf32, strided<[240, 60, 10], offset: 0>>,
    %arg7: memref<1x2049xi64, strided<[?, ?], offset: ?>>,
    %arg8: memref<1x1x1024xi8, strided<[40960, 4096, 1], offset: 0>>,
    %arg9: memref<24x1x1x1024xi8, strided<[40960, 40960, 4096, 1], offset: 0>>,
    %arg10: memref<?x?x?xf32, strided<[?, ?, 1], offset: ?>>,
    %arg11: memref<4x?x4xf32, strided<[?, 4, 1]>>) {
  %l0 = memref.expand_shape %arg3 [[0], [1, 2]] output_shape [30, 4, 5] : memref<30x20xf32, strided<[4000, 2], offset: 100>> into memref<30x4x5xf32, strided<[4000, 10, 2], offset: 100>>
  %l1 = memref.expand_shape %arg3 [[0, 1], [2]] output_shape [2, 15, 20] : memref<30x20xf32, strided<[4000, 2], offset: 100>> into memref<2x15x20xf32, strided<[60000, 4000, 2], offset: 100>>
  %r4 = memref.expand_shape %arg4 [[0], [1, 2]] output_shape [1, 1, 5] : memref<1x5xf32, strided<[5, 1], offset: ?>> into memref<1x1x5xf32, strided<[5, 5, 1], offset: ?>>
  %r6 = memref.collapse_shape %arg6 [[0, 1], [2]] : memref<3x4x5xf32, strided<[240, 60, 10], offset: 0>> into memref<12x5xf32, strided<[60, 10], offset: 0>>
  %r7 = memref.collapse_shape %arg7 [[0, 1]] : memref<1x2049xi64, strided<[?, ?], offset: ?>> into memref<2049xi64, strided<[?], offset: ?>>
  %r8 = memref.collapse_shape %arg8 [[0, 1, 2]] : memref<1x1x1024xi8, strided<[40960, 4096, 1], offset: 0>> into memref<1024xi8, strided<[1], offset: 0>>
  %r10 = memref.collapse_shape %arg10 [[0, 1], [2]] : memref<?x?x?xf32, strided<[?, ?, 1], offset: ?>> into memref<?x?xf32, strided<[?, 1], offset: ?>>
  %r11 = memref.collapse_shape %arg11 [[0, 1, 2]] : memref<4x?x4xf32, strided<[?, 4, 1]>> into memref<?xf32, strided<[1]>>
  %e11 = memref.expand_shape %arg10 [[0], [1], [2, 3]] output_shape [2, 3, 4, 5] : memref<?x?x?xf32, strided<[?, ?, 1], offset: ?>> into memref<?x?x?x5xf32, strided<[?, ?, 5, 1], offset: ?>>
  return
}
