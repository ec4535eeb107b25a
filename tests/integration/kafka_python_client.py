# SPDX-License-Identifier: MIT
"""kafka-python (python3-kafka) against the built-in broker, for tst_interop.

    kafka_python_client.py produce BOOTSTRAP TOPIC COUNT
        Sends COUNT events the way the original dnd_producer.py does (JSON,
        datetime.utcnow().isoformat() timestamps), keyed by player, and prints
        each sent event as one JSON line.
    kafka_python_client.py consume BOOTSTRAP TOPIC COUNT
        Reads COUNT messages from the beginning with a consumer group, as the
        original dnd_consumer.py does, and prints each as
        {"key": ..., "value": <parsed JSON>} on one line.

Exits 0 on success, 2 on a timeout, 3 when kafka-python is missing.
"""

import json
import sys
import time
import uuid
from datetime import datetime

try:
    from kafka import KafkaConsumer, KafkaProducer
except ImportError as error:  # pragma: no cover - reported to the test
    print(f"kafka-python not available: {error}", file=sys.stderr)
    sys.exit(3)

TIMEOUT_SECONDS = 30
PLAYERS = ["Stravos", "Ya", "Sylas", "Wurs"]


def make_event(i):
    player = PLAYERS[i % len(PLAYERS)]
    stamp = datetime.utcnow().isoformat()
    kind = i % 3
    if kind == 0:
        return {"timestamp": stamp, "player": player, "event_type": "dice_roll",
                "dice_type": "d20", "roll_result": 1 + i % 20, "context": "attack_roll"}
    if kind == 1:
        return {"timestamp": stamp, "player": player, "event_type": "encounter",
                "monster_type": "Goblin", "location": "Cave", "initiative_order": 1 + i % 4}
    return {"timestamp": stamp, "player": player, "event_type": "spell_cast",
            "spell_name": "Fireball", "target": "Goblin", "effect": "damage"}


def produce(bootstrap, topic, count):
    producer = KafkaProducer(
        bootstrap_servers=bootstrap,
        key_serializer=lambda k: k.encode("utf-8"),
        value_serializer=lambda v: json.dumps(v).encode("utf-8"),
    )
    for i in range(count):
        event = make_event(i)
        producer.send(topic, key=event["player"], value=event).get(timeout=TIMEOUT_SECONDS)
        print(json.dumps(event), flush=True)
    producer.flush(timeout=TIMEOUT_SECONDS)
    producer.close(timeout=5)
    return 0


def consume(bootstrap, topic, count):
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        value_deserializer=lambda x: json.loads(x.decode("utf-8")),
        auto_offset_reset="earliest",
        enable_auto_commit=True,
        group_id="dnd_consumer_group_" + uuid.uuid4().hex,
    )
    received = 0
    deadline = time.monotonic() + TIMEOUT_SECONDS
    while received < count and time.monotonic() < deadline:
        for records in consumer.poll(timeout_ms=200).values():
            for record in records:
                key = record.key.decode("utf-8") if record.key is not None else None
                print(json.dumps({"key": key, "value": record.value}), flush=True)
                received += 1
    consumer.close(autocommit=False)
    return 0 if received >= count else 2


def main(argv):
    if len(argv) != 5 or argv[1] not in ("produce", "consume"):
        print(__doc__, file=sys.stderr)
        return 1
    action, bootstrap, topic, count = argv[1], argv[2], argv[3], int(argv[4])
    return produce(bootstrap, topic, count) if action == "produce" else consume(
        bootstrap, topic, count)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
