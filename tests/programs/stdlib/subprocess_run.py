# subprocess through the Lib: run with capture_output, check, input, timeout, cwd, env, shell=True,
# Popen with pipes, return codes and the errors for missing programs.
import os
import subprocess
import tempfile

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r.returncode, r.stdout, r.stderr, r.args)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    subprocess.run(["sh", "-c", "exit 2"], check=True)
except subprocess.CalledProcessError as e:
    print("check:", e.returncode, e.cmd, e)
r = subprocess.run(["cat"], input=b"fed through stdin\n", stdout=subprocess.PIPE)
print("input:", r.stdout)
r = subprocess.run(["tr", "a-z", "A-Z"], input="text mode", capture_output=True, text=True)
print("text input:", r.stdout)
try:
    subprocess.run(["sleep", "5"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("timeout:", e.cmd, 0 < e.timeout <= 0.3)
with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "sub"))
    r = subprocess.run(["pwd"], cwd=os.path.join(d, "sub"), capture_output=True, text=True)
    print("cwd:", r.stdout.strip() == os.path.realpath(os.path.join(d, "sub")))
r = subprocess.run(["sh", "-c", 'echo "$ONLY_VAR:$HOME"'], env={"ONLY_VAR": "x"}, capture_output=True, text=True)
print("env:", repr(r.stdout))
r = subprocess.run("echo $((6 * 7)) | cat", shell=True, capture_output=True, text=True)
print("shell:", r.stdout.strip())
print("check_output:", subprocess.check_output(["printf", "a\\nb\\n"]).splitlines())
print("call:", subprocess.call(["true"]), subprocess.call(["false"]))
print("getoutput:", subprocess.getoutput("echo hi; exit 1"), subprocess.getstatusoutput("echo hi; exit 1"))

p = subprocess.Popen(["sh", "-c", "read line; echo got:$line; echo to-err >&2; exit 5"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(b"abc\n")
print("popen:", out, err, p.returncode, p.poll(), p.wait())
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("line 1\nline 2\n")
p.stdin.close()
print("lines:", p.stdout.readlines())
p.stdout.close()
print("wait:", p.wait())
with subprocess.Popen(["sh", "-c", "exit 7"]) as p:
    pass
print("with:", p.returncode)
p = subprocess.Popen(["sleep", "10"])
p.kill()
print("killed:", p.wait())
p = subprocess.Popen(["sleep", "10"])
p.terminate()
print("terminated:", p.wait())
r = subprocess.run(["sh", "-c", "echo merged; echo also >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print("stderr to stdout:", sorted(r.stdout.split()))
r = subprocess.run(["echo", "dropped"], stdout=subprocess.DEVNULL)
print("devnull:", r.stdout, r.returncode)
for cmd in (["/nonexistent/program-pythebo"], ["no-such-program-pythebo"]):
    try:
        subprocess.run(cmd)
    except FileNotFoundError as e:
        print("missing:", e.errno, e.strerror, e.filename)
try:
    subprocess.run(["/etc"])
except PermissionError as e:
    print("not executable:", e.errno, e.filename)
try:
    subprocess.run(["true"], cwd="/nonexistent-dir-pythebo")
except FileNotFoundError as e:
    print("missing cwd:", e.errno, e.filename)
