package io.newsflow.enrich.entities;

import io.newsflow.schemas.EntityType;

/** A name the curated list or the gazetteer knows: its type and the name all its spellings are indexed under. */
record KnownName(EntityType type, String canonical) {
}
