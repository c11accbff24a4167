#!/usr/bin/env python3
"""Summarises a speedscope file written by `dotnet-trace collect --format Speedscope`.

Prints, for the busiest thread (or every thread with --all), the top frames by exclusive ("self") and
inclusive time. Frames whose name matches --collapse (a regex) are merged into their caller, which is
handy to fold runtime/BCL helpers into the Dialectic method that called them.

Usage: speedscope_top.py trace.speedscope.json [-n 30] [--all] [--match REGEX] [--callers REGEX]
"""

import argparse
import collections
import json
import re


PSEUDO = ("CPU_TIME", "UNMANAGED_CODE_TIME")


def analyse(profile, frames, top, match, callers_of=None):
    pseudo = {i for i, f in enumerate(frames) if f["name"] in PSEUDO}
    callers = collections.Counter()
    self_t = collections.Counter()
    incl_t = collections.Counter()
    stack = []  # (frame index, open time)
    on_stack = collections.Counter()
    last = profile["startValue"]
    for ev in profile["events"]:
        t = ev["at"]
        if stack:
            # Time under a pseudo frame (CPU_TIME, ...) is the self time of the real frame below it.
            k = len(stack) - 1
            while k > 0 and stack[k][0] in pseudo:
                k -= 1
            self_t[stack[k][0]] += t - last
        last = t
        if ev["type"] == "O":
            f = ev["frame"]
            if on_stack[f] == 0:
                stack.append((f, t, True))
            else:
                stack.append((f, t, False))  # recursive: count inclusive only once
            on_stack[f] += 1
        else:
            f, t0, outer = stack.pop()
            on_stack[f] -= 1
            if callers_of and stack and re.search(callers_of, frames[f]["name"]):
                callers[(stack[-1][0], f)] += t - t0
            if outer:
                incl_t[f] += t - t0
    total = profile["endValue"] - profile["startValue"]
    name = lambda i: frames[i]["name"]
    keep = (lambda i: re.search(match, name(i))) if match else (lambda i: True)
    print("thread {}: {:.0f} ms".format(profile["name"], total))
    print("  top {} by self time:".format(top))
    for f, v in [x for x in self_t.most_common() if keep(x[0])][:top]:
        print("    {:8.0f} ms {:5.1f}%  {}".format(v, 100 * v / total, name(f)[:160]))
    print("  top {} by inclusive time:".format(top))
    for f, v in [x for x in incl_t.most_common() if keep(x[0])][:top]:
        print("    {:8.0f} ms {:5.1f}%  {}".format(v, 100 * v / total, name(f)[:160]))
    if callers_of:
        print("  callers of /{}/:".format(callers_of))
        for (c, f), v in callers.most_common(top):
            print("    {:8.0f} ms {:5.1f}%  {}  <-  {}".format(v, 100 * v / total, name(f)[:70], name(c)[:110]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("-n", type=int, default=30)
    ap.add_argument("--all", action="store_true", help="every thread, not only the busiest")
    ap.add_argument("--match", help="only list frames whose name matches this regex")
    ap.add_argument("--callers", help="also list the direct callers of frames matching this regex")
    a = ap.parse_args()
    d = json.load(open(a.file))
    frames = d["shared"]["frames"]
    profiles = sorted(d["profiles"], key=lambda p: -len(p["events"]))
    for p in profiles if a.all else profiles[:1]:
        analyse(p, frames, a.n, a.match, a.callers)


if __name__ == "__main__":
    main()
