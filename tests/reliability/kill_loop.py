#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Kill loop: runs CLI commands that write and SIGKILLs each at a random moment, then checks the
database (PRAGMA integrity_check and foreign_key_check through `check --json`) and that every run
which had finished and printed success has its whole effect, and every killed one all of it or none.

  python3 tests/reliability/kill_loop.py [--cli build/app/communitycheck-cli] [--kills 200] [--seed 1]

Prints one line per operation; exits 1 on any failure. Figures in docs/reliability.md."""
import argparse, json, os, random, shutil, signal, subprocess, sys, tempfile, time

ap = argparse.ArgumentParser()
ap.add_argument("--cli", default="build/app/communitycheck-cli")
ap.add_argument("--kills", type=int, default=200, help="SIGKILLs per operation")
ap.add_argument("--seed", type=int, default=1)
ap.add_argument("--only", default="", help="comma-separated operations")
a = ap.parse_args()
rng = random.Random(a.seed)
work = tempfile.mkdtemp(prefix="cc-kill-")
db = os.path.join(work, "kill.sqlite")
env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=work)


def cli(*args, timeout=600):
    return subprocess.run([a.cli, "--db", db, "--lang", "en", *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


def must(*args):
    r = cli(*args)
    if r.returncode != 0:
        sys.exit(f"setup failed: {args}: {r.stderr}")
    return r.stdout


must("init", "--demo")
draft = must("assessments", "new", "--community", "GZ-ZG-001", "--set", "JX-HSQ", "--round", "2027 体检").strip()
numbers = ["A1-02", "A2-01", "A2-03", "A2-04", "A2-05", "A3-03", "B4-02", "B4-04", "B4-06"]
csvs = []
for k in range(2):
    path = os.path.join(work, f"answers-{k}.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("indicator,value,note\n")
        for i, code in enumerate(numbers):
            f.write(f"{code},{k * 10 + i + 1},kill loop {k}\n")
    csvs.append(path)
set_json = json.load(open(os.path.join(os.path.dirname(__file__), "../../resources/indicators/default.json"), encoding="utf-8"))


def answers():
    out = json.loads(must("score", draft, "--json"))
    return {i["code"]: i.get("value") for i in out["indicators"] if i["code"] in numbers}


def op_responses(n):
    path = csvs[n % 2]
    expect = {code: (n % 2) * 10 + i + 1 for i, code in enumerate(numbers)}
    def effect(done):
        got = answers()
        olds = [{code: k * 10 + i + 1 for i, code in enumerate(numbers)} for k in range(2)]
        if done:
            return got == expect
        return got in olds or all(v is None for v in got.values())  # all or nothing
    return ["responses", "import", draft, path], effect


def op_set(n):
    s = json.loads(json.dumps(set_json))
    s["version"] = f"kill.{n}"
    path = os.path.join(work, f"set-{n}.json")
    json.dump(s, open(path, "w", encoding="utf-8"), ensure_ascii=False)
    def effect(done):
        versions = [x["version"] for x in json.loads(must("sets", "list", "--json"))]
        return (f"kill.{n}" in versions) if done else True
    return ["sets", "import", path], effect


def op_projects(n):
    ids = [x["id"] for x in json.loads(must("assessments", "list", "--json")) if x["status"] in ("submitted", "approved")]
    check = ids[n % len(ids)]
    def effect(done):
        if not done:
            return True
        # A finished run generated every candidate: generating again adds none.
        return json.loads(must("projects", "generate", check, "--json"))["added"] == 0
    return ["projects", "generate", check], effect


def op_plan(n):
    out = os.path.join(work, f"plan-{n}.pdf")
    def effect(done):
        if not os.path.exists(out):
            return not done
        data = open(out, "rb").read()
        return data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")  # never a partial file
    return ["plan", "build", "--county", "东湖区", "--year", "2027", "--budget", "3000", "-o", out], effect


def op_reports(n):
    out = os.path.join(work, f"reports-{n}")
    os.makedirs(out, exist_ok=True)
    def effect(done):
        files = [f for f in os.listdir(out) if f.endswith(".pdf")]
        for f in files:
            data = open(os.path.join(out, f), "rb").read()
            if not (data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")):
                return False
        return (len(files) > 0) if done else True
    return ["report", "--round", "2025 体检", "--jobs", "2", "-o", out], effect


ops = {"responses import": op_responses, "sets import": op_set, "projects generate": op_projects,
       "plan build": op_plan, "report batch": op_reports}
if a.only:
    ops = {k: v for k, v in ops.items() if k in a.only.split(",")}


def timed(args):
    t = time.monotonic()
    r = cli(*args)
    return time.monotonic() - t, r


failures = 0
for name, make in ops.items():
    duration, r = timed(make(0)[0])
    if r.returncode != 0:
        sys.exit(f"{name} fails without a kill: {r.stderr}")
    killed = finished = bad = 0
    for n in range(1, 10 ** 6):
        if killed >= a.kills:
            break
        args, effect = make(n)
        p = subprocess.Popen([a.cli, "--db", db, "--lang", "en", *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env, start_new_session=True)
        time.sleep(rng.uniform(0, duration * 1.2))
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
            killed += 1
        p.wait()
        done = p.returncode == 0
        finished += done
        check = json.loads(cli("check", "--json").stdout or "{}")
        ok = check.get("integrity") and check.get("foreign_keys") and effect(done)
        if not ok:
            bad += 1
            print(f"  FAILED after run {n} ({'finished' if done else 'killed'}): {check}", file=sys.stderr)
    failures += bad
    print(f"{name:18} {killed:4} kills, {finished:4} finished runs, {bad} failures (one run {duration:.2f} s)")
shutil.rmtree(work, ignore_errors=True)
sys.exit(1 if failures else 0)
