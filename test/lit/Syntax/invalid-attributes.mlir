// RUN: dialectic-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

// Parser diagnostics for builtin attributes: numbers, containers, affine maps and sets, strided layouts,
// distinct, dense, sparse, dense_resource and array attributes.

// expected-error@+1 {{expected attribute value}}
"foo.op"() {a = )} : () -> ()

// -----

// expected-error@+1 {{expected attribute value}}
"foo.op"() {a = nosuchkeyword} : () -> ()

// -----

// expected-error@+1 {{expected '{' in attribute dictionary}}
module attributes 1 {}

// -----

// expected-error@+1 {{expected valid attribute name}}
"foo.op"() {"" = 1} : () -> ()

// -----

// expected-error@+1 {{expected attribute name}}
"foo.op"() {42 = 1} : () -> ()

// -----

// expected-error@+1 {{duplicate key 'a' in dictionary attribute}}
"foo.op"() {a = 1, a = 2} : () -> ()

// -----

// expected-error@+1 {{duplicate key 'a' in dictionary attribute}}
"foo.op"() {a = {a, a}} : () -> ()

// -----

// expected-error@+1 {{expected '}' in attribute dictionary}}
"foo.op"() {a = {b = 1 c = 2}} : () -> ()

// -----

// expected-error@+1 {{expected nested symbol reference identifier}}
"foo.op"() {a = @foo::bar} : () -> ()

// -----

// expected-error@+1 {{undefined symbol alias id 'undefined_alias'}}
"foo.op"() {a = #undefined_alias} : () -> ()

// -----

// expected-error@+1 {{dialect 'builtin' provides no attribute parsing hook}}
"foo.op"() {a = #builtin.foo} : () -> ()

// -----

// expected-error@+1 {{floating point value not valid for specified type}}
"foo.op"() {a = 1.0 : i32} : () -> ()

// -----

// expected-error@+1 {{expected constant integer or floating point value}}
"foo.op"() {a = -abc} : () -> ()

// -----

// expected-error@+1 {{integer literal not valid for specified type}}
"foo.op"() {a = 1 : none} : () -> ()

// -----

// expected-error@+1 {{negative integer literal not valid for unsigned integer type}}
"foo.op"() {a = -1 : ui8} : () -> ()

// -----

// expected-error@+1 {{integer constant out of range for attribute}}
"foo.op"() {a = 256 : i8} : () -> ()

// -----

// expected-error@+1 {{integer constant out of range for attribute}}
"foo.op"() {a = -129 : i8} : () -> ()

// -----

// expected-error@+1 {{integer constant out of range for attribute}}
"foo.op"() {a = 128 : si8} : () -> ()

// -----

// expected-error@+1 {{integer constant out of range for attribute}}
"foo.op"() {a = 2 : i1} : () -> ()

// -----

// expected-error@+2 {{unexpected decimal integer literal for a floating point value}}
// expected-note@+1 {{add a trailing dot to make the literal a float}}
"foo.op"() {a = 1 : f32} : () -> ()

// -----

// expected-error@+1 {{hexadecimal float literal should not have a leading minus}}
"foo.op"() {a = -0x3F800000 : f32} : () -> ()

// -----

// expected-error@+1 {{hexadecimal float constant out of range for type}}
"foo.op"() {a = 0x7F80000000 : f32} : () -> ()

// -----

// expected-error@+1 {{expected '<' in affine map}}
"foo.op"() {a = affine_map} : () -> ()

// -----

// expected-error@+1 {{expected '>' in affine map}}
"foo.op"() {a = affine_map<(d0) -> (d0) ]} : () -> ()

// -----

// expected-error@+1 {{expected '<' in integer set}}
"foo.op"() {a = affine_set} : () -> ()

// -----

// expected-error@+1 {{expected '>' in integer set}}
"foo.op"() {a = affine_set<(d0) : (d0 >= 0) ]} : () -> ()

// -----

// expected-error@+1 {{expected AffineMap, but got IntegerSet}}
"foo.op"() {a = affine_map<(d0) : (d0 >= 0)>} : () -> ()

// -----

// expected-error@+1 {{expected IntegerSet, but got AffineMap}}
"foo.op"() {a = affine_set<(d0) -> (d0)>} : () -> ()

// -----

// expected-error@+1 {{use of undeclared identifier}}
"foo.op"() {a = affine_map<(d0) -> (d1)>} : () -> ()

// -----

// expected-error@+1 {{redefinition of identifier 'd0'}}
"foo.op"() {a = affine_map<(d0, d0) -> (d0)>} : () -> ()

// -----

// expected-error@+1 {{expected '->' or ':'}}
"foo.op"() {a = affine_map<(d0) (d0)>} : () -> ()

// -----

// expected-error@+1 {{expected affine expression}}
"foo.op"() {a = affine_map<(d0) -> (d0, )>} : () -> ()

// -----

// expected-error@+1 {{missing left operand of binary operator}}
"foo.op"() {a = affine_map<(d0) -> (* d0)>} : () -> ()

// -----

// expected-error@+1 {{missing right operand of binary operator}}
"foo.op"() {a = affine_map<(d0) -> (d0 *)>} : () -> ()

// -----

// expected-error@+1 {{no expression inside parentheses}}
"foo.op"() {a = affine_map<(d0) -> (())>} : () -> ()

// -----

// expected-error@+1 {{non-affine expression: at least one of the multiply operands has to be either a constant or symbolic}}
"foo.op"() {a = affine_map<(d0, d1) -> (d0 * d1)>} : () -> ()

// -----

// expected-error@+1 {{non-affine expression: right operand of floordiv has to be either a constant or symbolic}}
"foo.op"() {a = affine_map<(d0, d1) -> (d0 floordiv d1)>} : () -> ()

// -----

// expected-error@+1 {{non-affine expression: right operand of ceildiv has to be either a constant or symbolic}}
"foo.op"() {a = affine_map<(d0, d1) -> (d0 ceildiv d1)>} : () -> ()

// -----

// expected-error@+1 {{non-affine expression: right operand of mod has to be either a constant or symbolic}}
"foo.op"() {a = affine_map<(d0, d1) -> (d0 mod d1)>} : () -> ()

// -----

// expected-error@+1 {{constant too large for index}}
"foo.op"() {a = affine_map<(d0) -> (d0 + 99999999999999999999)>} : () -> ()

// -----

// expected-error@+1 {{expected '== affine-expr' or '>= affine-expr' at end of affine constraint}}
"foo.op"() {a = affine_set<(d0) : (d0)>} : () -> ()

// -----

// expected-error@+1 {{expected bare identifier}}
"foo.op"() {a = affine_map<(42) -> ()>} : () -> ()

// -----

// expected-error@+1 {{expected '(' in dimensional identifier list}}
"foo.op"() {a = affine_map<d0 -> ()>} : () -> ()

// -----

// expected-error@+1 {{expected ')' in dimensional identifier list}}
"foo.op"() {a = affine_map<(d0 d1) -> ()>} : () -> ()

// -----

// expected-error@+1 {{expected ']' in symbol list}}
"foo.op"() {a = affine_map<(d0)[s0 s1] -> ()>} : () -> ()

// -----

// expected-error@+1 {{expected ')' in affine map range}}
"foo.op"() {a = affine_map<(d0) -> (d0 d0)>} : () -> ()

// -----

// expected-error@+1 {{expected ')' in integer set constraint list}}
"foo.op"() {a = affine_set<(d0) : (d0 >= 0 d0 >= 0)>} : () -> ()

// -----

// expected-error@+1 {{expected '<' after 'strided'}}
"foo.op"() {a = strided[1]} : () -> ()

// -----

// expected-error@+1 {{expected '['}}
"foo.op"() {a = strided<1>} : () -> ()

// -----

// expected-error@+1 {{expected ']'}}
"foo.op"() {a = strided<[1, 2>} : () -> ()

// -----

// expected-error@+1 {{expected 'offset' after comma}}
"foo.op"() {a = strided<[1], 2>} : () -> ()

// -----

// expected-error@+1 {{expected ':' after 'offset'}}
"foo.op"() {a = strided<[1], offset 2>} : () -> ()

// -----

// expected-error@+1 {{expected '>'}}
"foo.op"() {a = strided<[1], offset: 2]} : () -> ()

// -----

// expected-error@+1 {{expected a 64-bit signed integer or '?'}}
"foo.op"() {a = strided<[x]>} : () -> ()

// -----

// expected-error@+1 {{expected a 64-bit signed integer or '?'}}
"foo.op"() {a = strided<[99999999999999999999]>} : () -> ()

// -----

// expected-error@+1 {{expected '[' after 'distinct'}}
"foo.op"() {a = distinct<1>} : () -> ()

// -----

// expected-error@+1 {{expected distinct ID}}
"foo.op"() {a = distinct[x]<1>} : () -> ()

// -----

// expected-error@+1 {{expected an unsigned 64-bit integer}}
"foo.op"() {a = distinct[99999999999999999999]<1>} : () -> ()

// -----

// expected-error@+1 {{expected ']' to close distinct ID}}
"foo.op"() {a = distinct[1 2]<1>} : () -> ()

// -----

// expected-error@+1 {{expected '<' after distinct ID}}
"foo.op"() {a = distinct[1]} : () -> ()

// -----

// expected-error@+1 {{expected '>' to close distinct attribute}}
"foo.op"() {a = distinct[1]<1 : i32]} : () -> ()

// -----

// expected-error@+1 {{referenced attribute does not match previous definition: 1 : i64}}
"foo.op"() {a = distinct[1]<1>, b = distinct[1]<2>} : () -> ()

// -----

// expected-error@+1 {{tensor literal is invalid; ranks are not consistent between elements}}
"foo.op"() {a = dense<[[1], 2]> : tensor<2xi32>} : () -> ()

// -----

// expected-error@+1 {{expected ']'}}
"foo.op"() {a = dense<[1 2]> : tensor<2xi32>} : () -> ()

// -----

// expected-error@+1 {{expected ',' between complex elements}}
"foo.op"() {a = dense<(1 2)> : tensor<complex<i32>>} : () -> ()

// -----

// expected-error@+1 {{expected ')' after complex elements}}
"foo.op"() {a = dense<(1, 2, 3)> : tensor<complex<i32>>} : () -> ()

// -----

// expected-error@+1 {{expected element literal of primitive type}}
"foo.op"() {a = dense<[foo]> : tensor<1xi32>} : () -> ()

// -----

// expected-error@+1 {{expected '<' after 'dense'}}
"foo.op"() {a = dense[1]} : () -> ()

// -----

// expected-error@+1 {{expected '>'}}
"foo.op"() {a = dense<1 : tensor<i32>} : () -> ()

// -----

// expected-error@+1 {{expected ':'}}
"foo.op"() {a = dense<1>} : () -> ()

// -----

// expected-error@+1 {{inferred shape of elements literal ([2]) does not match type ([3])}}
"foo.op"() {a = dense<[1, 2]> : tensor<3xi32>} : () -> ()

// -----

// expected-error@+2 {{unexpected decimal integer literal for a floating point value}}
// expected-note@+1 {{add a trailing dot to make the literal a float}}
"foo.op"() {a = dense<[1]> : tensor<1xf32>} : () -> ()

// -----

// expected-error@+1 {{hexadecimal float literal should not have a leading minus}}
"foo.op"() {a = dense<[-0x3F800000]> : tensor<1xf32>} : () -> ()

// -----

// expected-error@+1 {{hexadecimal float constant out of range for type}}
"foo.op"() {a = dense<[0x7F80000000]> : tensor<1xf32>} : () -> ()

// -----

// expected-error@+1 {{expected i1 type for 'true' or 'false' values}}
"foo.op"() {a = dense<[true]> : tensor<1xi32>} : () -> ()

// -----

// expected-error@+1 {{expected integer elements, but parsed floating-point}}
"foo.op"() {a = dense<[1.5]> : tensor<1xi32>} : () -> ()

// -----

// expected-error@+1 {{integer constant out of range for}}
"foo.op"() {a = dense<[256]> : tensor<1xi8>} : () -> ()

// -----

// expected-error@+1 {{elements hex data size is invalid for provided type}}
"foo.op"() {a = dense<"0x000000000000"> : tensor<2xi32>} : () -> ()

// -----

// expected-error@+1 {{expected '<'}}
"foo.op"() {a = dense_resource[blob]} : () -> ()

// -----

// expected-error@+1 {{expected '>'}}
"foo.op"() {a = dense_resource<blob : tensor<1xi32>} : () -> ()

// -----

// expected-error@+1 {{expected ':'}}
"foo.op"() {a = dense_resource<blob>} : () -> ()

// -----

// expected-error@+1 {{expected ','}}
"foo.op"() {a = sparse<[0] [1]> : tensor<2xi32>} : () -> ()

// -----

// expected-error@+1 {{expected '>'}}
"foo.op"() {a = sparse<[0], [1] : tensor<2xi32>} : () -> ()

// -----

// expected-error@+1 {{expected ':'}}
"foo.op"() {a = sparse<[0], [1]>} : () -> ()

// -----

// expected-error@+1 {{expected '<' after 'array'}}
"foo.op"() {a = array[i32]} : () -> ()

// -----

// expected-error@+1 {{expected integer or float type, got: index}}
"foo.op"() {a = array<index: 1>} : () -> ()

// -----

// expected-error@+1 {{expected '>' to close an array attribute}}
"foo.op"() {a = array<i32: 1 2>} : () -> ()
