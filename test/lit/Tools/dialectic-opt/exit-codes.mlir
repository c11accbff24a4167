// Parse and verifier errors exit with 1 and print no IR; without --allow-unregistered-dialect this file does not
// parse. With --verify-diagnostics the exit code says whether the expectations were met.
// RUN: not dialectic-opt %s 2>&1 | FileCheck %s --check-prefix=UNREGISTERED
// RUN: not dialectic-opt --allow-unregistered-dialect --split-input-file %s 2>&1 | FileCheck %s --check-prefix=VERIFY
// RUN: dialectic-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s
// RUN: not dialectic-opt --allow-unregistered-dialect --verify-diagnostics %S/Inputs/unmet-expectation.mlir 2>&1 \
// RUN:   | FileCheck %s --check-prefix=UNMET

// UNREGISTERED: exit-codes.mlir:[[# @LINE + 11]]:{{[0-9]+}}: error: operation being parsed with an unregistered dialect
// UNREGISTERED-NOT: module

// VERIFY: exit-codes.mlir:[[# @LINE + 9]]:1: error: 'builtin.module' op can only contain attributes with dialect-prefixed names, found: 'bad'
// VERIFY-NEXT: module attributes {bad} {
// VERIFY-NOT: module attributes

// UNMET: unmet-expectation.mlir:1:4: error: expected error "this error is never emitted" was not produced
// UNMET-NOT: unexpected

// expected-error@+2 {{'builtin.module' op can only contain attributes with dialect-prefixed names, found: 'bad'}}
"foo.op"() : () -> ()
module attributes {bad} {
}
