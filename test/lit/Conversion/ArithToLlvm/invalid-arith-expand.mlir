// RUN: dialectic-opt %s --verify-diagnostics --pass-pipeline='builtin.module(arith-expand{include-bf16=true})'

// The small-float expansions of arith-expand are not implemented: asking for them is an error at the module.

// expected-error@+1 {{arith-expand: the small-float expansion patterns (include-bf16, include-f4e2m1, include-f8e8m0) are not supported}}
module {
}
