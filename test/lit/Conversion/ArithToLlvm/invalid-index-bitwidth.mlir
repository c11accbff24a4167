// RUN: dialectic-opt %s --verify-diagnostics --pass-pipeline='builtin.module(convert-arith-to-llvm{index-bitwidth=16777216})'

// An index width no integer type has is an error at the module.

// expected-error@+1 {{invalid index-bitwidth 16777216}}
module {
}
