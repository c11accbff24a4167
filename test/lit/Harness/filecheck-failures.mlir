// Failing FileCheck runs must fail: `not` inverts their exit status.
// RUN: echo "alpha" | not FileCheck %s --check-prefix=MISSING
// RUN: echo -e 'one\ntwo\nthree' | not FileCheck %s --check-prefix=NEXT
// RUN: echo "foo bar" | not FileCheck %s --check-prefix=NOT
// RUN: echo "foo" | not FileCheck %s --check-prefixes=UNUSED,OTHER

// MISSING: beta
// NEXT: one
// NEXT-NEXT: three
// NOT: foo
// NOT-NOT: bar
// UNUSED: foo
