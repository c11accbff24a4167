// RUN: dialectic-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

// Every verifier and parser error of the llvm dialect; each case also passes under
// `mlir-opt-22 --split-input-file --verify-diagnostics --allow-unregistered-dialect`.

// expected-error@+1 {{unknown LLVM type: vec}}
%0 = "test.op"() : () -> !llvm.vec<4 x i32>

// -----

// expected-error@+1 {{invalid array element type: '!llvm.void'}}
%0 = "test.op"() : () -> !llvm.array<4 x void>

// -----

// expected-error@+1 {{invalid LLVM structure element type: '!llvm.void'}}
%0 = "test.op"() : () -> !llvm.struct<(i32, void)>

// -----

// expected-error@+1 {{invalid function argument type: '!llvm.void'}}
%0 = "test.op"() : () -> !llvm.func<void (void)>

// -----

// expected-error@+1 {{invalid function result type: '!llvm.func<void ()>'}}
%0 = "test.op"() : () -> !llvm.func<func<void ()> ()>

// -----

// expected-error@+1 {{struct without a body only allowed in a recursive struct}}
%0 = "test.op"() : () -> !llvm.struct<"baz">

// -----

// expected-error@+1 {{identified type already used with a different body}}
%0:2 = "test.op"() : () -> (!llvm.struct<"foo", (i32)>, !llvm.struct<"foo", (i64)>)

// -----

// expected-error@+1 {{expected 'x'}}
%0 = "test.op"() : () -> !llvm.array<4xi32>

// -----

// expected-error@+1 {{expected '>'}}
%0 = "test.op"() : () -> !llvm.struct<(i32), i32>

// -----

llvm.func @add_float(%a: f32) {
  // expected-error@+1 {{'llvm.add' op operand #0 must be signless integer or LLVM dialect-compatible vector of signless integer, but got 'f32'}}
  %0 = llvm.add %a, %a : f32
  llvm.return
}

// -----

llvm.func @fadd_int(%a: i32) {
  // expected-error@+1 {{'llvm.fadd' op operand #0 must be floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type, but got 'i32'}}
  %0 = llvm.fadd %a, %a : i32
  llvm.return
}

// -----

llvm.func @load_int(%a: i32) {
  // expected-error@+1 {{'llvm.load' op operand #0 must be LLVM pointer type, but got 'i32'}}
  %0 = llvm.load %a : i32 -> i32
  llvm.return
}

// -----

llvm.func @store_int(%a: i32) {
  // expected-error@+1 {{'llvm.store' op operand #1 must be LLVM pointer type, but got 'i32'}}
  llvm.store %a, %a : i32, i32
  llvm.return
}

// -----

llvm.func @select_cond(%a: i32) {
  // expected-error@+1 {{'llvm.select' op operand #0 must be 1-bit signless integer or LLVM dialect-compatible vector of 1-bit signless integer, but got 'i32'}}
  %0 = llvm.select %a, %a, %a : i32, i32
  llvm.return
}

// -----

llvm.func @icmp_float(%a: f32) {
  // expected-error@+1 {{'llvm.icmp' op operand #0 must be signless integer or LLVM dialect-compatible vector of signless integer or LLVM pointer type or LLVM dialect-compatible vector of LLVM pointer type, but got 'f32'}}
  %0 = llvm.icmp "eq" %a, %a : f32
  llvm.return
}

// -----

llvm.func @icmp_bad_predicate(%a: i32) {
  // expected-error@+1 {{custom op 'llvm.icmp' 'foo' is an incorrect value of the 'predicate' attribute}}
  %0 = llvm.icmp "foo" %a, %a : i32
  llvm.return
}

// -----

llvm.func @icmp_keyword_predicate(%a: i32) {
  // expected-error@+1 {{expected attribute value}}
  %0 = llvm.icmp eq %a, %a : i32
  llvm.return
}

// -----

llvm.func @fcmp_int(%a: i32) {
  // expected-error@+1 {{'llvm.fcmp' op operand #0 must be floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type, but got 'i32'}}
  %0 = llvm.fcmp "oeq" %a, %a : i32
  llvm.return
}

// -----

llvm.func @ptrtoint_int(%a: i32) {
  // expected-error@+1 {{'llvm.ptrtoint' op operand #0 must be LLVM pointer type or LLVM dialect-compatible vector of LLVM pointer type, but got 'i32'}}
  %0 = llvm.ptrtoint %a : i32 to i64
  llvm.return
}

// -----

llvm.func @zext_narrowing(%a: i32) {
  // expected-error@+1 {{integer width of the output type is smaller or equal to the integer width of the input type}}
  %0 = llvm.zext %a : i32 to i16
  llvm.return
}

// -----

llvm.func @sqrt_int(%a: i32) {
  // expected-error@+1 {{'llvm.intr.sqrt' op operand #0 must be floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type, but got 'i32'}}
  %0 = llvm.intr.sqrt(%a) : (i32) -> i32
  llvm.return
}

// -----

llvm.func @extractvalue_out_of_bounds(%s: !llvm.struct<(i32, f32)>) {
  %0 = llvm.extractvalue %s[3] : !llvm.struct<(i32, f32)>
  // expected-error@+1 {{custom op 'llvm.extractvalue' position out of bounds: 3}}
  llvm.return
}

// -----

llvm.func @extractvalue_scalar(%x: f32) {
  %0 = llvm.extractvalue %x[0] : f32
  // expected-error@+1 {{custom op 'llvm.extractvalue' expected LLVM IR structure/array type, got: 'f32'}}
  llvm.return
}

// -----

llvm.func @insertvalue_out_of_bounds(%s: !llvm.struct<(i32, f32)>, %a: i32) {
  %0 = llvm.insertvalue %a, %s[2] : !llvm.struct<(i32, f32)>
  // expected-error@+1 {{custom op 'llvm.insertvalue' position out of bounds: 2}}
  llvm.return
}

// -----

llvm.func @gep_dynamic_struct_index(%p: !llvm.ptr, %a: i32) {
  // expected-error@+1 {{'llvm.getelementptr' op expected index 1 indexing a struct to be constant}}
  %0 = llvm.getelementptr %p[%a, %a] : (!llvm.ptr, i32, i32) -> !llvm.ptr, !llvm.struct<(i32)>
  llvm.return
}

// -----

llvm.func @call_unknown(%a: i32) {
  // expected-error@+1 {{'llvm.call' op 'nope' does not reference a symbol in the current scope}}
  %0 = llvm.call @nope(%a) : (i32) -> i32
  llvm.return
}

// -----

llvm.func @callee(i32) -> i32

llvm.func @call_operand_type(%x: f32) {
  // expected-error@+1 {{'llvm.call' op operand type mismatch for operand 0: 'f32' != 'i32'}}
  %0 = llvm.call @callee(%x) : (f32) -> i32
  llvm.return
}

// -----

llvm.func @callee(i32) -> i32

llvm.func @call_operand_count(%a: i32) {
  // expected-error@+1 {{'llvm.call' op incorrect number of operands (2) for callee (expecting: 1)}}
  %0 = llvm.call @callee(%a, %a) : (i32, i32) -> i32
  llvm.return
}

// -----

llvm.func @callee(i32) -> i32

llvm.func @call_result_type(%a: i32) {
  // expected-error@+1 {{'llvm.call' op result type mismatch: 'f32' != 'i32'}}
  %0 = llvm.call @callee(%a) : (i32) -> f32
  llvm.return
}

// -----

llvm.func @callee(i32) -> i32

llvm.func @call_no_result(%a: i32) {
  // expected-error@+1 {{'llvm.call' op expected function call to produce a value}}
  llvm.call @callee(%a) : (i32) -> ()
  llvm.return
}

// -----

llvm.func @void_callee(i32)

llvm.func @call_void_result(%a: i32) {
  // expected-error@+1 {{'llvm.call' op calling function with void result must not produce values}}
  %0 = llvm.call @void_callee(%a) : (i32) -> i32
  llvm.return
}

// -----

llvm.func @addressof_unknown() {
  // expected-error@+1 {{'llvm.mlir.addressof' op must reference a global defined by 'llvm.mlir.global', 'llvm.mlir.alias' or 'llvm.func' or 'llvm.mlir.ifunc'}}
  %0 = llvm.mlir.addressof @nope : !llvm.ptr
  llvm.return
}

// -----

// expected-note@+1 {{when returning from function}}
llvm.func @return_value_from_void(%a: i32) {
  // expected-error@+1 {{'llvm.return' op expected no operands}}
  llvm.return %a : i32
}

// -----

// expected-note@+1 {{when returning from function}}
llvm.func @return_nothing() -> i32 {
  // expected-error@+1 {{'llvm.return' op expected 1 operand}}
  llvm.return
}

// -----

// expected-note@+1 {{when returning from function}}
llvm.func @return_mismatch(%x: f32) -> i32 {
  // expected-error@+1 {{'llvm.return' op mismatching result types}}
  llvm.return %x : f32
}

// -----

llvm.func @constant_string() {
  // expected-error@+1 {{'llvm.mlir.constant' op expected array type of 2 i8 elements for the string constant}}
  %0 = llvm.mlir.constant("xy") : !llvm.array<3 x i8>
  llvm.return
}

// -----

llvm.func @constant_int_as_float() {
  // expected-error@+1 {{'llvm.mlir.constant' op expected integer type}}
  %0 = llvm.mlir.constant(1 : i32) : f32
  llvm.return
}

// -----

// expected-error@+1 {{'llvm.func' op external functions must have 'external' or 'extern_weak' linkage}}
llvm.func internal @declaration(i32)

// -----

llvm.func @branch_operands(%a: i32) {
  // expected-error@+1 {{branch has 0 operands for successor #0, but target block has 1}}
  llvm.br ^bb1
^bb1(%b: i32):
  llvm.return
}

// -----

llvm.func @branch_types(%a: i32) {
  // expected-error@+1 {{type mismatch for bb argument #0 of successor #0}}
  llvm.br ^bb1(%a : i32)
^bb1(%b: i64):
  llvm.return
}

// -----

// expected-error@+1 {{'llvm.mlir.global' op requires an i8 array type of the length equal to that of the string attribute}}
llvm.mlir.global internal @str("abc") : !llvm.array<5 x i8>

// -----

llvm.func @overflow_flags_out_of_range(%a: i32) {
  // expected-error@+1 {{'overflowFlags' failed to satisfy constraint: LLVM integer overflow flags}}
  %0 = "llvm.add"(%a, %a) <{overflowFlags = 9 : i32}> : (i32, i32) -> i32
  llvm.return
}

// -----

llvm.func @gep_flags_out_of_range(%p: !llvm.ptr) {
  // expected-error@+1 {{'noWrapFlags' failed to satisfy constraint: ::mlir::LLVM::GEPNoWrapFlags}}
  %0 = "llvm.getelementptr"(%p) <{elem_type = i8, rawConstantIndices = array<i32>, noWrapFlags = 9 : i32}> : (!llvm.ptr) -> !llvm.ptr
  llvm.return
}

// -----

llvm.func @load_bad_ordering(%p: !llvm.ptr) {
  // expected-error@+1 {{invalid properties {ordering = 3 : i64} for op llvm.load: Invalid attribute `ordering` in property conversion: 3 : i64}}
  %0 = "llvm.load"(%p) <{ordering = 3 : i64}> : (!llvm.ptr) -> i32
  llvm.return
}

// -----

func.func @uadd_overflow_mixed(%a: i32, %b: i64) {
  // expected-error@+1 {{'llvm.intr.uadd.with.overflow' op requires the same element type for all operands}}
  %0 = "llvm.intr.uadd.with.overflow"(%a, %b) : (i32, i64) -> !llvm.struct<(i32, i1)>
  return
}

// -----

func.func @smul_overflow_mixed(%a: i8, %b: i16) {
  // expected-error@+1 {{'llvm.intr.smul.with.overflow' op requires the same element type for all operands}}
  %0 = "llvm.intr.smul.with.overflow"(%a, %b) : (i8, i16) -> !llvm.struct<(i8, i1)>
  return
}

// -----

func.func @tan_int(%a: i32) {
  // expected-error@+1 {{'llvm.intr.tan' op operand #0 must be floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type, but got 'i32'}}
  %0 = llvm.intr.tan(%a) : (i32) -> i32
  return
}

// -----

func.func @fpclass_no_bit(%a: f32) {
  // expected-error@+1 {{'llvm.intr.is.fpclass' op requires attribute 'bit'}}
  %0 = "llvm.intr.is.fpclass"(%a) : (f32) -> i1
  return
}

// -----

llvm.func @cond_br_operand_type_count(%c: i1, %a: i32) {
  // expected-error@+1 {{custom op 'llvm.cond_br' number of operands and types do not match: got 2 operands and 1 types}}
  llvm.cond_br %c, ^bb1(%a, %a : i32), ^bb1(%a : i32)
^bb1(%x: i32):
  llvm.return
}

// -----

llvm.func @switch_operand_type_count(%v: i32, %a: i32) {
  // expected-error@+1 {{custom op 'llvm.switch' number of operands and types do not match: got 1 operands and 2 types}}
  llvm.switch %v : i32, ^bb1(%a : i32, i32) [
    1: ^bb1(%a : i32)
  ]
^bb1(%x: i32):
  llvm.return
}
