// RUN: dialectic-opt %s --split-input-file --verify-diagnostics

// Without --allow-unregistered-dialect, operations, types, attributes and resources of unknown dialects are
// errors.

// expected-error@+1 {{operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used}}
"foo.op"() : () -> ()

// -----

// expected-error@+1 {{unregistered operation 'builtin.nosuchop' found in dialect ('builtin') that does not allow unknown operations}}
"builtin.nosuchop"() : () -> ()

// -----

// expected-error@+1 {{`!"foo"<"bar">` type created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used}}
"builtin.unrealized_conversion_cast"() : () -> !foo.bar

// -----

// expected-error@+1 {{#"foo"<"bar"> : 'none' attribute created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used}}
"builtin.unrealized_conversion_cast"() {a = #foo.bar} : () -> ()

// -----

// expected-error@+1 {{dialect 'foo' is unknown}}
{-# dialect_resources: { foo: { blob: true } } #-}
