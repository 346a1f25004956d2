package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Furniture in every language the vocabulary files list: the phrases are theirs, not the code's. */
class MultilingualFurnitureTest {

    private static boolean isFurniture(String line) {
        return BoilerplatePhrases.isBoilerplate(line, Words.of(line), null);
    }

    private static LineKind kind(String line) {
        return new LineClassifier(java.util.List.of(line)).classify(0, line, Words.of(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "© 2019 Harbour Gazette GmbH. Alle Rechte vorbehalten.",
        "Copyright 2019 Gazette du Port. Tous droits réservés. Reproduction interdite sans autorisation préalable.",
        "© Diario del Puerto 2019 – Todos los derechos reservados",
        "Gazzetta del Porto S.p.A. – Tutti i diritti riservati",
        "© Havenkrant 2019, alle rechten voorbehouden",
        "Copyright © 2019 Gazeta do Porto. Todos os direitos reservados.",
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
        "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.",
        "Inscrivez-vous à notre newsletter",
        "Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het nieuws.",
        "Lascia un commento",
        "Deixe seu comentário"})
    void aFooterOrPromptAnywhere(String line) {
        assertThat(isFurniture(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Weiterlesen", "Mehr zum Thema", "Lire la suite", "Leer más", "Leggi anche", "Lees ook",
        "Leia mais", "Teilen", "Partager", "Compartir", "Condividi", "Publicidade", "Anzeige",
        "Lesen Sie auch: Der Hafen bekommt neue Kräne", "Lire aussi : la grève continue au port",
        "Lee también: Los estibadores vuelven al trabajo", "Leia também: Estivadores voltam ao trabalho"})
    void aLabelOnAShortLine(String line) {
        assertThat(isFurniture(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kommentare", "Commentaires", "12 comentarios", "Commenti", "Reacties", "Comentários",
        "34 responses to “Why the port went on strike”"})
    void aHeadingOverTheComments(String line) {
        assertThat(kind(line)).isEqualTo(LineKind.COMMENTS_START);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Die Hafenarbeiter wollen weiterlesen, was die Behörde über die neuen Kräne schreibt, sagte der Sprecher.",
        "Les dockers ont décidé de partager leurs revendications avec la direction du port dès lundi.",
        "Los estibadores quieren leer más sobre el plan antes de votar la huelga, dijo el sindicato.",
        "23 réactions que toute personne ayant travaillé dans un port comprendra"})
    void proseThatUsesTheWordsIsNot(String line) {
        assertThat(isFurniture(line)).isFalse();
        assertThat(kind(line)).isNotEqualTo(LineKind.COMMENTS_START);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Der Hafen bleibt bis Montag geschlossen. … Weiterlesen",
        "Le port reste fermé jusqu'à lundi. Lire la suite »", "El puerto sigue cerrado. Seguir leyendo",
        "The port stays closed until Monday.Continue reading →"})
    void aReadMoreTeaserIsStripped(String line) {
        assertThat(ReadMoreTeaser.strip(line)).doesNotContainIgnoringCase("weiterlesen")
                .doesNotContainIgnoringCase("lire la suite").doesNotContainIgnoringCase("seguir leyendo")
                .doesNotContainIgnoringCase("continue reading").endsWith(".");
    }
}
