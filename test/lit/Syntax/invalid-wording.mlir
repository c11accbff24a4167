// Diagnostics whose wording and position follow mlir-opt 22 exactly; the same file passes under
// `mlir-opt-22 --verify-diagnostics --split-input-file --allow-unregistered-dialect`.
// RUN: dialectic-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

// expected-error@+1 {{expected three consecutive dots for an ellipsis}}
"t.a"() {a = .} : () -> ()

// -----

// expected-error@+1 {{elements literal type must have static shape}}
"t.a"() {a = dense<1> : tensor<?xi32>} : () -> ()

// -----

// expected-error@+1 {{elements literal must be a shaped type}}
"t.a"() {a = dense<1> : i32} : () -> ()

// -----

// expected-error@+1 {{expected ',' or ']'}}
"t.a"() {a = [1 2]} : () -> ()

// -----

// expected-error@+1 {{expected ')'}}
"t.a"() {a = (i32 f32) -> ()} : () -> ()

// -----

// expected-error@+1 {{expected ',' or ']'}}
"t.a"()[^bb1 : () -> ()

// -----

// expected-error@+1 {{but had 0}}
"t.a"(%a) : () -> ()

// -----

%a = "t.b"() : () -> i32
// expected-error@+1 {{expected 2 operand types but had 1}}
"t.a"(%a, %a) : (i32) -> ()

// -----

// expected-error@+1 {{expected ')'}}
"t.a"() ({^bb0(%a: i32 "t.b"() : () -> ()}) : () -> ()

// -----

// expected-error@+1 {{expected string containing hex digits starting with `0x`}}
"t.a"() {a = dense<"xyz"> : tensor<1xi32>} : () -> ()

// -----

// expected-error@+1 {{expected integer literal}}
"t.a"() {a = array<i32: x>} : () -> ()

// -----

// expected-error@+1 {{invalid tensor element type}}
"t.a"() {a = tensor<1xnone>} : () -> ()

// -----

// expected-error@+1 {{'builtin.module' op region #0 ('bodyRegion') failed to verify constraint: region with 1 blocks}}
"builtin.module"() ({}) : () -> ()

// -----

// expected-error@+1 {{Expected '<' after 'sparse'}}
"t.a"() {a = sparse[]} : () -> ()

// -----

// expected-error@+1 {{expected ')' to end operand list}}
"t.a"(42) : () -> ()

// -----

// expected-error@+1 {{expected named operation to have at least 1 result}}
%0:0 = "t.a"() : () -> ()
