#!/usr/bin/python3
"""A downstream consumer of news.articles and news.entity-counts with Confluent's Python client:
prints one JSON line per record. The example of docs/consuming.md, run by DownstreamConsumersTest.

  consume_enriched_topics.py BOOTSTRAP REGISTRY_URL [KEY=VALUE...]

Settings: group (default my-team), idle.seconds (stop after so long without records; default
never), topic.articles, topic.entity-counts. Keys are plain UTF-8 strings, values Confluent-framed
Avro: only the value goes through the registry.
"""
import json
import sys

from confluent_kafka import Consumer
from confluent_kafka.avro import CachedSchemaRegistryClient, MessageSerializer


def article_line(key, article):
    return {"id": article["id"], "title": article["title"],
            "entities": [{"name": e["canonicalName"], "type": e["type"], "count": e["count"]}
                         for e in article["entities"]]}


def count_line(key, count):
    # the topic is compacted by key: the latest record for a key is the count
    return {"key": key, "mentions": count["mentions"], "articles": count["articles"]}


def main(bootstrap, registry_url, *pairs):
    settings = {"group": "my-team", "idle.seconds": "-1",
                "topic.articles": "news.articles", "topic.entity-counts": "news.entity-counts"}
    settings.update(pair.split("=", 1) for pair in pairs)
    idle_seconds = int(settings["idle.seconds"])
    values = MessageSerializer(CachedSchemaRegistryClient({"url": registry_url}))
    consumer = Consumer({
        "bootstrap.servers": bootstrap,
        "group.id": settings["group"],
        "auto.offset.reset": "earliest",
        # enrich writes in transactions: see only what it committed
        "isolation.level": "read_committed",
        "enable.auto.commit": False,
    })
    consumer.subscribe([settings["topic.articles"], settings["topic.entity-counts"]])
    idle = 0
    try:
        while idle_seconds < 0 or idle < idle_seconds:
            message = consumer.poll(1.0)
            if message is None:
                idle += 1
                continue
            idle = 0
            if message.error():
                raise SystemExit("%s: %s" % (message.topic(), message.error()))
            line = article_line if message.topic() == settings["topic.articles"] else count_line
            value = values.decode_message(message.value())
            print(json.dumps(line(message.key().decode("utf-8"), value)), flush=True)
            consumer.commit(message)
    finally:
        consumer.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
