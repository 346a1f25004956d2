package io.newsflow.enrich;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps the global alias store equal to the alias topic: the newest canonical name per key. */
final class AliasStoreUpdater implements Processor<String, String, Void, Void> {
    private KeyValueStore<String, String> store;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(EnrichTopology.ENTITY_ALIASES_STORE);
    }

    @Override
    public void process(Record<String, String> record) {
        if (record.value() == null) {
            store.delete(record.key());
        } else {
            store.put(record.key(), record.value());
        }
    }
}
