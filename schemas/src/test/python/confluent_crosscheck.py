#!/usr/bin/python3
"""Reads or writes one RawFile record with Confluent's own Python client (confluent_kafka.avro),
so the Java serde's bytes are checked against Confluent's implementation of the wire format.

  confluent_crosscheck.py consume BOOTSTRAP REGISTRY_URL TOPIC   -> prints the value as JSON
  confluent_crosscheck.py produce BOOTSTRAP REGISTRY_URL TOPIC AVSC KEY
"""
import base64
import datetime
import json
import sys

from avro.schema import parse
from confluent_kafka.avro import AvroConsumer, AvroProducer


def consume(bootstrap, registry, topic):
    consumer = AvroConsumer({
        "bootstrap.servers": bootstrap,
        "schema.registry.url": registry,
        "group.id": "python-crosscheck",
        "auto.offset.reset": "earliest",
    })
    consumer.subscribe([topic])
    try:
        for _ in range(120):
            message = consumer.poll(0.5)
            if message is None:
                continue
            if message.error():
                raise SystemExit("consume failed: %s" % message.error())
            value = message.value()
            out = {}
            for name, field in value.items():
                if isinstance(field, bytes):
                    out[name] = base64.b64encode(field).decode("ascii")
                elif isinstance(field, datetime.datetime):
                    out[name] = int(field.timestamp() * 1000)
                else:
                    out[name] = field
            print(json.dumps({"key": message.key(), "value": out}))
            return
        raise SystemExit("no record on %s within 60 s" % topic)
    finally:
        consumer.close()


def produce(bootstrap, registry, topic, avsc, key):
    with open(avsc, encoding="utf-8") as f:
        schema = parse(f.read())
    producer = AvroProducer({"bootstrap.servers": bootstrap, "schema.registry.url": registry},
                            default_value_schema=schema)
    millis = datetime.datetime(2017, 12, 8, 12, 0, tzinfo=datetime.timezone.utc)
    producer.produce(topic=topic, key=None, value={
        "id": key,
        "fileName": "written by python.txt",
        "sizeBytes": 11,
        "modifiedTime": millis,
        "ingestTime": millis,
        "mediaType": "text/plain",
        "compression": None,
        "charset": "UTF-8",
        "content": "Raqqa news\n".encode("utf-8"),
    })
    if producer.flush(30) != 0:
        raise SystemExit("produce was not acknowledged")
    print("produced")


if __name__ == "__main__":
    if sys.argv[1] == "consume":
        consume(*sys.argv[2:5])
    else:
        produce(*sys.argv[2:7])
