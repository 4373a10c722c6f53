"""What runs on the Spark executors (figlens_job.py ships this file to them):
a partition's lines through one `figlens --jsonl` process, and each answer
line as rows: the analysis row and its figure rows, with the columns of the
CLI's --format csv (docs/schema.md) and raw values (numbers as numbers, no
spreadsheet escaping). Standard library only."""
import collections
import json
import re
import subprocess
import threading

FIGURE_COLUMNS = [
    "id", "text", "value", "low", "high", "unit", "per", "kind", "change",
    "approximate", "period", "metric", "block_kind", "start", "end",
    "qualifier", "iso", "sentence_text",
]

_LINE_NO = re.compile(r"^line \d+: ")


def raw_id(line):
    """The answer's id as the CSV's id column holds it: a string as itself,
    another value as the JSON text figlens wrote (a number's digits exactly),
    null as None. Read from the line's start, where figlens puts "id"."""
    if not line.startswith('{"id":'):
        raise ValueError("not a figlens --jsonl answer: %r" % line[:80])
    start = i = len('{"id":')
    depth, in_string = 0, False
    while i < len(line):
        c = line[i]
        if in_string:
            if c == "\\":
                i += 1
            elif c == '"':
                in_string = False
                if depth == 0:
                    i += 1
                    break
        elif c == '"':
            in_string = True
        elif c in "{[":
            depth += 1
        elif c in "}]":
            if depth == 0:
                break
            depth -= 1
            if depth == 0:
                i += 1
                break
        elif c == "," and depth == 0:
            break
        i += 1
    text = line[start:i]
    value = json.loads(text)
    if value is None:
        return None
    return value if isinstance(value, str) else text


def _utf16(s):
    return s.encode("utf-16-le", "surrogatepass")


def _sentence_text(analysis, f):
    """As js/table.js: the cleaned text of the figure's sentence (spans are
    UTF-16 offsets into the input), else its block's text."""
    blocks = analysis["blocks"]
    if not 0 <= f["block"] < len(blocks):
        return None
    b = blocks[f["block"]]
    s = None
    if f.get("sentence") is not None and f["sentence"] < len(b.get("sentences") or []):
        s = b["sentences"][f["sentence"]]
    text = _utf16(b["text"])
    if s is None or len(text) // 2 != b["end"] - b["start"]:
        return b["text"]
    # A slice between the halves of a pair is written as U+FFFD, as Node writes it.
    return text[2 * (s["start"] - b["start"]):2 * (s["end"] - b["start"])].decode("utf-16-le", "replace")


def _num(v):
    return None if v is None else float(v)


def rows(line_no, answer):
    """(analysis row, figure rows) for the answer to input line `line_no`.
    An error's "line N" is the line within the partition's stream: it is
    given the input's line number instead."""
    id_ = raw_id(answer)
    a = json.loads(answer)
    if "error" in a:
        error = _LINE_NO.sub("line %d: " % line_no, a["error"])
        return (line_no, id_, error, None, None, None), []
    blocks = a["blocks"]
    figures = []
    for k, f in enumerate(a["figures"], 1):
        block = blocks[f["block"]] if 0 <= f["block"] < len(blocks) else None
        figures.append((
            # no id: the figure's number, as the CSV's id column writes it
            id_ if id_ is not None else str(k), f["text"], _num(f["value"]), _num(f.get("low")), _num(f.get("high")),
            f["unit"], f.get("per"), f["kind"], f["change"], f["approximate"],
            f["period"], f["metric"], block["kind"] if block else None,
            f["start"], f["end"], f.get("qualifier"), f.get("iso"), _sentence_text(a, f),
        ))
    return (line_no, id_, None, a["language"], a["title"], answer), figures


def _blank(line):
    # As the CLI: a line of spaces, tabs and CRs gets no answer.
    return line.strip(" \t\r") == ""


def analyse_partition(command):
    """A mapPartitions function: the partition's (line, number) pairs through
    one figlens process, its answers (in input order) as rows."""

    def run(records):
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        sent = collections.deque()
        stderr = collections.deque(maxlen=50)
        failure = []

        def feed():
            try:
                for text, index in records:
                    if _blank(text):
                        continue
                    sent.append(index + 1)
                    proc.stdin.write(text.encode("utf-8", "surrogatepass") + b"\n")
            except BrokenPipeError:
                pass  # figlens stopped: its exit code says why
            except Exception as e:  # reading the input failed: fail the task, with the reason
                failure.append(e)
            finally:
                try:
                    proc.stdin.close()
                except BrokenPipeError:
                    pass

        def drain():
            for line in proc.stderr:
                stderr.append(line.decode("utf-8", "replace").rstrip())

        threads = [threading.Thread(target=feed, daemon=True), threading.Thread(target=drain, daemon=True)]
        for t in threads:
            t.start()
        answered = 0
        for answer in proc.stdout:
            answered += 1
            # The feeder appends before it writes, so the number is there.
            analysis, figures = rows(sent.popleft(), answer.decode("utf-8").rstrip("\n"))
            yield analysis + (figures,)
        code = proc.wait()
        for t in threads:
            t.join()
        if failure:
            raise failure[0]
        # 1: some lines had errors, answered as error rows. Anything else is figlens failing.
        if code not in (0, 1) or sent:
            raise RuntimeError("figlens exited with code %s after %d answers (%d lines unanswered): %s"
                               % (code, answered, len(sent), "\n".join(stderr)))

    return run
