// RUN: dialectic-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

// Parser diagnostics for builtin and dialect types.

// expected-error@+1 {{expected '->' in function type}}
"foo.op"() : (i32) i32

// -----

// expected-error@+1 {{expected ')'}}
"foo.op"() : () -> (i32 i32)

// -----

// expected-error@+1 {{expected non-function type}}
"foo.op"() : () -> (i32, 42)

// -----

// expected-error@+1 {{expected non-function type}}
"foo.op"() : () -> nosuchtype

// -----

// expected-error@+1 {{integer bitwidth is limited to 16777215 bits}}
"foo.op"() : () -> i16777216

// -----

// expected-error@+1 {{expected '<' in complex type}}
"foo.op"() : () -> (complex)

// -----

// expected-error@+1 {{invalid element type for complex}}
"foo.op"() : () -> complex<index>

// -----

// expected-error@+1 {{expected '>' in complex type}}
"foo.op"() : () -> complex<f32, f32>

// -----

// expected-error@+1 {{expected '<' in tuple type}}
"foo.op"() : () -> (tuple)

// -----

// expected-error@+1 {{expected '>' in tuple type}}
"foo.op"() : () -> tuple<i32 i32>

// -----

// expected-error@+1 {{expected '<' in vector type}}
"foo.op"() : () -> (vector)

// -----

// expected-error@+1 {{missing ']' closing scalable dimension}}
"foo.op"() : () -> vector<[4xf32>

// -----

// expected-error@+1 {{expected non-function type}}
"foo.op"() : () -> vector<?xf32>

// -----

// expected-error@+1 {{expected '>' in vector type}}
"foo.op"() : () -> vector<4xf32, 1>

// -----

// expected-error@+1 {{vector types must have positive constant sizes but got 0}}
"foo.op"() : () -> vector<0xf32>

// -----

// expected-error@+1 {{failed to verify 'elementType': VectorElementTypeInterface instance}}
"foo.op"() : () -> vector<4xtuple<>>

// -----

// expected-error@+1 {{invalid dimension}}
"foo.op"() : () -> vector<99999999999999999999xf32>

// -----

// expected-error@+1 {{invalid dimension}}
"foo.op"() : () -> tensor<99999999999999999999xf32>

// -----

// expected-error@+1 {{expected 'x' in dimension list}}
"foo.op"() : () -> vector<4 f32>

// -----

// expected-error@+1 {{expected 'x' in dimension list}}
"foo.op"() : () -> tensor<4 f32>

// -----

// expected-error@+1 {{expected '<' in tensor type}}
"foo.op"() : () -> (tensor)

// -----

// expected-error@+1 {{expected '>' in tensor type}}
"foo.op"() : () -> tensor<4xf32, "enc", 1>

// -----

// expected-error@+1 {{invalid tensor element type}}
"foo.op"() : () -> tensor<4xtensor<f32>>

// -----

// expected-error@+1 {{invalid tensor element type}}
"foo.op"() : () -> tensor<*xmemref<f32>>

// -----

// expected-error@+1 {{expected '<' in memref type}}
"foo.op"() : () -> (memref)

// -----

// expected-error@+1 {{invalid memref element type}}
"foo.op"() : () -> memref<4xtensor<f32>>

// -----

// expected-error@+1 {{multiple memory spaces specified in memref type}}
"foo.op"() : () -> memref<4xf32, 1, 2>

// -----

// expected-error@+1 {{cannot have affine map for unranked memref type}}
"foo.op"() : () -> memref<*xf32, affine_map<(d0) -> (d0)>>

// -----

// expected-error@+1 {{unsupported memory space Attribute}}
"foo.op"() : () -> memref<4xf32, #foo.space>

// -----

// expected-error@+1 {{'>' in memref type}}
"foo.op"() : () -> memref<4xf32 1>

// -----

// expected-error@+1 {{memref layout mismatch between rank and affine map: 2 != 1}}
"foo.op"() : () -> memref<4x4xf32, affine_map<(d0) -> (d0)>>

// -----

// expected-error@+1 {{expected the number of strides to match the rank}}
"foo.op"() : () -> memref<4x4xf32, strided<[1]>>

// -----

// expected-error@+1 {{undefined symbol alias id 'undefined_alias'}}
"foo.op"() : () -> !undefined_alias

// -----

// expected-error@+1 {{dialect 'builtin' provides no type parsing hook}}
"foo.op"() : () -> !builtin.foo

// -----

// expected-error@+1 {{expected '"' in string literal}}
"foo.op"() : () -> !foo.bar<"a>
