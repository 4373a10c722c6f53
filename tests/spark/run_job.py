"""Run examples/spark/figlens_job.py (its main(), as spark-submit would), then
read both Parquet tables back with the same Spark session and write them as
JSON Lines for tests/spark/spark.test.mjs to compare with the CLI's output.

    python tests/spark/run_job.py DUMP_DIR JOB_ARGS...
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples", "spark"))
import figlens_job  # noqa: E402

dump, job_args = sys.argv[1], sys.argv[2:]
spark = figlens_job.main(job_args)
out = job_args[-1]
for table in ("analyses", "figures"):
    df = spark.read.parquet(os.path.join(out, table))
    with open(os.path.join(dump, table + ".jsonl"), "w", encoding="utf-8") as f:
        f.write(json.dumps({"schema": [[c.name, c.dataType.simpleString()] for c in df.schema.fields]}) + "\n")
        for row in df.toLocalIterator():
            f.write(json.dumps(row.asDict(), ensure_ascii=False) + "\n")
spark.stop()
