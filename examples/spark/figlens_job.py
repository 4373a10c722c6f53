"""figlens over an archive on Apache Spark: read {id, text, html?} records
(JSON Lines or Parquet), run `figlens --jsonl` over each partition, and write
two Parquet tables:

  OUT/analyses  line, id, error, language, title, analysis (the CLI's answer line)
  OUT/figures   one row per figure: the columns of `figlens --format csv`
                (docs/schema.md) with raw values

    spark-submit examples/spark/figlens_job.py [--figlens CMD] INPUT OUT

A line figlens cannot read or analyse is an error row (the job goes on);
figlens' exit code 1 (some lines failed) does not fail the partition. See
examples/spark/README.md.
"""
import argparse
import os
import shlex
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from figlens_partition import FIGURE_COLUMNS, analyse_partition  # noqa: E402

from pyspark import StorageLevel  # noqa: E402
from pyspark.sql import SparkSession, functions as F, types as T  # noqa: E402

ANALYSIS_SCHEMA = T.StructType([
    T.StructField("line", T.LongType(), False),
    T.StructField("id", T.StringType()),
    T.StructField("error", T.StringType()),
    T.StructField("language", T.StringType()),
    T.StructField("title", T.StringType()),
    T.StructField("analysis", T.StringType()),
])
_TYPES = {"value": T.DoubleType(), "low": T.DoubleType(), "high": T.DoubleType(),
          "approximate": T.BooleanType(), "start": T.LongType(), "end": T.LongType()}
FIGURE_SCHEMA = T.StructType([T.StructField(c, _TYPES.get(c, T.StringType())) for c in FIGURE_COLUMNS])
ROW_SCHEMA = T.StructType(ANALYSIS_SCHEMA.fields + [T.StructField("figures", T.ArrayType(FIGURE_SCHEMA))])


def read_input(spark, path, fmt):
    """(line text, index) pairs in input order: JSON Lines as they are, Parquet rows as JSON."""
    if fmt == "parquet":
        df = spark.read.parquet(path)
        fields = [c for c in ("id", "text", "html") if c in df.columns]
        lines = df.select(F.to_json(F.struct(*fields)).alias("value"))
    else:
        # "\n" alone ends a line, as for the CLI: a CR inside a line is JSON whitespace.
        lines = spark.read.option("lineSep", "\n").text(path)
    return lines.rdd.map(lambda r: r[0]).zipWithIndex()


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("input", help="JSON Lines ({id, text, html?} per line) or Parquet (columns id, text, html?): a file, directory or glob")
    p.add_argument("out", help="output directory: OUT/analyses and OUT/figures (replaced)")
    p.add_argument("--format", choices=["jsonl", "parquet"], help="the input's format (default: parquet for a name ending .parquet, else jsonl)")
    p.add_argument("--figlens", default=os.environ.get("FIGLENS", "figlens"),
                   help="the figlens command on the executors (default: $FIGLENS, else figlens on the PATH)")
    p.add_argument("--figlens-args", default="", help="more figlens options, e.g. '--kinds money,percent --body-only'")
    p.add_argument("--partitions", type=int, help="at least this many partitions (default: twice Spark's default parallelism)")
    p.add_argument("--master", help="Spark master when not run by spark-submit, e.g. local[2]")
    args = p.parse_args(argv)

    builder = SparkSession.builder.appName("figlens")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    # The executors import the partition code from the job's folder (spark-submit
    # --py-files ships it instead when the driver runs on the cluster).
    partition_code = os.path.join(os.path.dirname(os.path.abspath(__file__)), "figlens_partition.py")
    if os.path.exists(partition_code):
        spark.sparkContext.addPyFile(partition_code)
    fmt = args.format or ("parquet" if args.input.rstrip("/").endswith(".parquet") else "jsonl")
    # One figlens per task, one worker thread each: Spark gives each task its core.
    command = shlex.split(args.figlens) + ["--jsonl", "--jobs", "1", "--quiet"] + shlex.split(args.figlens_args)

    lines = read_input(spark, args.input, fmt)
    want = args.partitions or 2 * spark.sparkContext.defaultParallelism
    if lines.getNumPartitions() < want:
        lines = lines.repartition(want)
    answers = spark.createDataFrame(lines.mapPartitions(analyse_partition(command)), ROW_SCHEMA)
    # Two tables from one pass of figlens: the rows are kept on disk between the writes.
    answers.persist(StorageLevel.DISK_ONLY)
    answers.drop("figures").write.mode("overwrite").parquet(os.path.join(args.out, "analyses"))
    answers.select(F.explode("figures").alias("f")).select("f.*").write.mode("overwrite").parquet(os.path.join(args.out, "figures"))
    counts = answers.agg(F.count("*").alias("lines"), F.count("error").alias("errors"), F.sum(F.size("figures")).alias("figures")).first()
    answers.unpersist()
    print("figlens_job: %d lines, %d errors, %d figures -> %s" % (counts["lines"], counts["errors"], counts["figures"] or 0, args.out))
    return spark


if __name__ == "__main__":
    main().stop()
