package io.newsflow.enrich.entities;

import io.newsflow.schemas.EntityType;

/**
 * One typed name span. Offsets index into the body, or into the title when {@code inTitle}:
 * title mentions only vote on types and weigh on salience, they never become entity mentions.
 */
record Mention(EntityType type, int start, int end, String text, boolean inTitle) {

    Mention withType(EntityType newType) {
        return new Mention(newType, start, end, text, inTitle);
    }
}
