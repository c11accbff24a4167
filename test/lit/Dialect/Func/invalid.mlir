// RUN: dialectic-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

func.func @f(%a: i32) -> (i32, i32) {
  // expected-error@+1 {{'func.return' op has 1 operands, but enclosing function (@f) returns 2}}
  func.return %a : i32
}

// -----

func.func @g(%a: i64) -> i32 {
  // expected-error@+1 {{type of return operand 0 ('i64') doesn't match function result type ('i32') in function @g}}
  func.return %a : i64
}

// -----

func.func @h() {
  // expected-error@+1 {{'func.return' op expects parent op 'func.func'}}
  "test.op"() ({ func.return }) : () -> ()
  func.return
}

// -----

func.func @c(%a: i64) {
  // expected-error@+1 {{'func.call' op 'nope' does not reference a valid function}}
  func.call @nope(%a) : (i64) -> ()
  func.return
}

// -----

func.func @d(%a: i64) {
  // expected-error@+1 {{'func.call' op incorrect number of operands for callee}}
  func.call @d() : () -> ()
  func.return
}

// -----

func.func private @e2(i64)
func.func @e(%a: i32) {
  // expected-error@+1 {{'func.call' op operand type mismatch: expected operand type 'i64', but provided 'i32' for operand number 0}}
  "func.call"(%a) <{callee = @e2}> : (i32) -> ()
  func.return
}

// -----

func.func private @decl(i64) -> i32
func.func @r(%a: i64) {
  // expected-error@+1 {{'func.call' op incorrect number of results for callee}}
  func.call @decl(%a) : (i64) -> ()
  func.return
}

// -----

func.func @k() {
  // expected-error@+1 {{'func.constant' op reference to function with mismatched type}}
  %0 = func.constant @k : () -> (i32)
  func.return
}

// -----

func.func @k() {
  // expected-error@+1 {{'func.constant' op reference to undefined function 'zz'}}
  %0 = func.constant @zz : () -> ()
  func.return
}

// -----

// expected-error@+1 {{'func.func' op type of entry block argument #0('i64') must match the type of the corresponding argument in function signature('i32')}}
func.func @fd(i32) -> i32 {
^bb0(%a: i64):
  "test.op"() : () -> ()
  func.return %a : i64
}

// -----

// expected-error@+1 {{'func.func' op entry block must have 1 arguments to match function signature}}
func.func @fe(i32) {
^bb0:
  func.return
}

// -----

func.func @ff(%a: i32) {
  %c = func.constant @ff : (i32) -> ()
  // expected-error@+1 {{custom op 'func.call_indirect' number of operands and types do not match: got 2 operands and 1 types}}
  func.call_indirect %c(%a, %a) : (i32) -> ()
  func.return
}

// -----

func.func @unknown_unprefixed_op() {
  // expected-error@+1 {{custom op 'bogus' is unknown (tried 'func.bogus' as well)}}
  bogus
  return
}
