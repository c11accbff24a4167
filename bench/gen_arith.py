#!/usr/bin/env python3
"""Generates a large arith-heavy MLIR module in custom (pretty) syntax.

The module holds N functions, each with M arith operations (arith.constant
included, func.return not counted) over i1/i32/i64/f32/index values. Ops
are chained: every operand is an earlier value of the right type (a function
argument or a previous result), biased towards recent results so that the
def-use chains look like real straight-line code, and the function returns
the last i32, i64, f32 and index values it computed.

Usage: gen_arith.py [-n FUNCS] [-m OPS] [--seed S] [-o OUT]
Default: 1000 functions x 1000 ops = 1,000,000 arith ops. Output is
deterministic for a given (n, m, seed).
"""

import argparse
import random
import sys

INT_TYPES = ("i32", "i64", "index")
FLOAT_TYPES = ("f32",)
ALL_TYPES = ("i1",) + INT_TYPES + FLOAT_TYPES

INT_BINOPS = ("addi", "muli", "subi", "andi", "ori", "xori", "maxsi", "minui", "shli")
FLOAT_BINOPS = ("addf", "mulf", "subf", "maximumf")
CMPI_PREDS = ("eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge")
CMPF_PREDS = ("oeq", "one", "olt", "ole", "ogt", "oge", "ueq", "une")

# (kind, weight). Weights are roughly what a lowered numeric kernel looks like.
OP_MIX = (
    ("constant", 10),
    ("int_binop", 36),
    ("int_binop_ovf", 4),
    ("float_binop", 14),
    ("float_fastmath", 2),
    ("cmpi", 10),
    ("cmpf", 4),
    ("select", 10),
    ("cast", 10),
)

RETURN_TYPES = ("i32", "i64", "f32", "index")


class FuncGen:
    def __init__(self, rng, index, num_ops):
        self.rng = rng
        self.index = index
        self.num_ops = num_ops
        self.pools = {t: [] for t in ALL_TYPES}
        self.counter = 0
        self.lines = []

    def pick(self, ty):
        pool = self.pools[ty]
        # Mostly recent values (local chains), sometimes anything earlier.
        if self.rng.random() < 0.8:
            return pool[-1 - int(self.rng.random() ** 2 * min(len(pool), 8))]
        return self.rng.choice(pool)

    def fresh(self, ty):
        name = "%v{}".format(self.counter)
        self.counter += 1
        self.pools[ty].append(name)
        return name

    def emit(self, line):
        self.lines.append("    " + line)

    def constant(self, ty=None):
        rng = self.rng
        ty = ty or rng.choice(("i32", "i64", "index", "f32", "i1"))
        if ty == "f32":
            lit = rng.choice(("0.000000e+00", "1.000000e+00", "5.000000e-01", "2.500000e+00", "-3.750000e+00"))
        elif ty == "i1":
            lit = rng.choice(("true", "false"))
        else:
            lit = str(rng.randint(-128, 1024))
        res = self.fresh(ty)
        if ty == "i1":
            self.emit("{} = arith.constant {}".format(res, lit))
        else:
            self.emit("{} = arith.constant {} : {}".format(res, lit, ty))

    def one(self, kind):
        rng = self.rng
        if kind == "constant":
            self.constant()
        elif kind in ("int_binop", "int_binop_ovf"):
            ty = rng.choice(INT_TYPES)
            if kind == "int_binop_ovf":
                op = rng.choice(("addi", "subi", "muli"))
                flags = " overflow<" + rng.choice(("nsw", "nuw", "nsw, nuw")) + ">"
            else:
                op = rng.choice(INT_BINOPS)
                flags = ""
            a, b = self.pick(ty), self.pick(ty)
            res = self.fresh(ty)
            self.emit("{} = arith.{} {}, {}{} : {}".format(res, op, a, b, flags, ty))
        elif kind in ("float_binop", "float_fastmath"):
            op = rng.choice(FLOAT_BINOPS)
            a, b = self.pick("f32"), self.pick("f32")
            res = self.fresh("f32")
            flags = " fastmath<fast>" if kind == "float_fastmath" else ""
            self.emit("{} = arith.{} {}, {}{} : f32".format(res, op, a, b, flags))
        elif kind == "cmpi":
            ty = rng.choice(INT_TYPES)
            a, b = self.pick(ty), self.pick(ty)
            res = self.fresh("i1")
            self.emit("{} = arith.cmpi {}, {}, {} : {}".format(res, rng.choice(CMPI_PREDS), a, b, ty))
        elif kind == "cmpf":
            a, b = self.pick("f32"), self.pick("f32")
            res = self.fresh("i1")
            self.emit("{} = arith.cmpf {}, {}, {} : f32".format(res, rng.choice(CMPF_PREDS), a, b))
        elif kind == "select":
            ty = rng.choice(("i32", "i64", "index", "f32"))
            c, a, b = self.pick("i1"), self.pick(ty), self.pick(ty)
            res = self.fresh(ty)
            self.emit("{} = arith.select {}, {}, {} : {}".format(res, c, a, b, ty))
        elif kind == "cast":
            src, dst, op = rng.choice((
                ("i32", "i64", "extsi"),
                ("i32", "i64", "extui"),
                ("i64", "i32", "trunci"),
                ("i32", "index", "index_cast"),
                ("index", "i64", "index_cast"),
                ("i32", "f32", "sitofp"),
                ("f32", "i32", "fptosi"),
            ))
            a = self.pick(src)
            res = self.fresh(dst)
            self.emit("{} = arith.{} {} : {} to {}".format(res, op, a, src, dst))
        else:
            raise AssertionError(kind)

    def generate(self):
        rng = self.rng
        args = [("%a", "i32"), ("%b", "i64"), ("%x", "f32"), ("%n", "index"), ("%p", "i1")]
        for name, ty in args:
            self.pools[ty].append(name)
        sig = ", ".join("{}: {}".format(n, t) for n, t in args)
        self.lines.append("  func.func @f{}({}) -> ({}) {{".format(self.index, sig, ", ".join(RETURN_TYPES)))
        kinds = [k for k, _ in OP_MIX]
        weights = [w for _, w in OP_MIX]
        # Every generated op counts towards num_ops (constants included).
        for k in rng.choices(kinds, weights=weights, k=self.num_ops):
            self.one(k)
        rets = [self.pools[t][-1] for t in RETURN_TYPES]
        self.emit("func.return {} : {}".format(", ".join(rets), ", ".join(RETURN_TYPES)))
        self.lines.append("  }")
        return self.lines


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--funcs", type=int, default=1000, help="number of functions (default 1000)")
    ap.add_argument("-m", "--ops", type=int, default=1000, help="arith ops per function (default 1000)")
    ap.add_argument("--seed", type=int, default=20261122, help="random seed (default 20261122)")
    ap.add_argument("-o", "--output", default="-", help="output file (default stdout)")
    args = ap.parse_args()
    if args.funcs < 1 or args.ops < 1:
        ap.error("-n and -m must be positive")

    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8", newline="\n")
    try:
        out.write("// Generated by bench/gen_arith.py -n {} -m {} --seed {}\n".format(args.funcs, args.ops, args.seed))
        out.write("module {\n")
        for i in range(args.funcs):
            rng = random.Random(args.seed * 1000003 + i)
            out.write("\n".join(FuncGen(rng, i, args.ops).generate()))
            out.write("\n")
        out.write("}\n")
    finally:
        if out is not sys.stdout:
            out.close()


if __name__ == "__main__":
    main()
