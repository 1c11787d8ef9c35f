"""Airflow DAG: the radiomesh pipeline once a day on a Spark cluster, with SparkSubmitOperator.

Needs apache-airflow-providers-apache-spark and a Spark connection (``spark_default``: host ``yarn``,
``spark://head:7077`` or ``k8s://https://...``; extra ``{"deploy-mode": "cluster"}``). The job jar is the shaded
``jobs/target/radiomesh-jobs.jar``; ``conf/spark-cluster.conf`` holds the Spark settings. For GPU executors use
``conf/spark-gpu.conf`` and add the RAPIDS jar (``jars=".../rapids-4-spark_2.12-25.04.0.jar"``, or
``packages="com.nvidia:rapids-4-spark_2.12:25.04.0"``). For a jar built with ``-Pslim`` set PYTORCH_LIBRARY_PATH for
the driver and the executors (``spark.executorEnv.PYTORCH_LIBRARY_PATH``, see submit/README.md).
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

RADIOMESH = "/opt/radiomesh"
GPU = False

with DAG(
    dag_id="radiomesh_pipeline",
    schedule="15 2 * * *",
    start_date=datetime(2025, 6, 1),
    catchup=False,
    default_args={"retries": 1, "retry_delay": timedelta(minutes=10)},
    tags=["radiomesh"],
) as dag:
    SparkSubmitOperator(
        task_id="pipeline",
        conn_id="spark_default",
        application=f"{RADIOMESH}/jobs/target/radiomesh-jobs.jar",
        java_class="org.radiomesh.cli.Radiomesh",
        properties_file=f"{RADIOMESH}/conf/spark-gpu.conf" if GPU else f"{RADIOMESH}/conf/spark-cluster.conf",
        jars=f"{RADIOMESH}/lib/rapids-4-spark_2.12-25.04.0.jar" if GPU else None,
        application_args=[
            "pipeline",
            "--input", "hdfs:///archive",
            "--out", "hdfs:///runs/{{ ds }}",
        ],
        name="radiomesh-pipeline-{{ ds }}",
        verbose=False,
    )
