package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final String DEC_8_2017 = "2017-12-08";

    @Test
    void readsTheWrittenFormsNewsPagesUse() {
        assertThat(Dates.find("December 8, 2017")).hasToString(DEC_8_2017);
        assertThat(Dates.find("Dec. 8, 2017")).hasToString(DEC_8_2017);
        assertThat(Dates.find("08 December 2017")).hasToString(DEC_8_2017);
        assertThat(Dates.find("8th of December, 2017")).hasToString(DEC_8_2017);
        assertThat(Dates.find("2017-12-08")).hasToString(DEC_8_2017);
    }

    @Test
    void aDayWithoutItsYearIsReadInTheYearGiven() {
        assertThat(Dates.findInYear("Updated Nov 19, 6:55 AM;Posted Nov 18, 8:19 PM", 2019))
                .hasToString("2019-11-19");
        assertThat(Dates.findInYear("Alessio Palumbo • 8 December", 2017)).hasToString(DEC_8_2017);
        assertThat(Dates.findInYear("10:01 pm PST, Dec 7", 2017).instant()).isEqualTo(Instant.parse("2017-12-08T06:01:00Z"));
        // a month's abbreviation inside a word, or a version number, is no date
        assertThat(Dates.findInYear("Man killed, 5 hurt in 4 separate shootings", 2019)).isNull();
        assertThat(Dates.findInYear("Released Mar 10.5", 2019)).isNull();
        assertThat(Dates.findInYear("No date here", 2019)).isNull();
    }

    @Test
    void theCopyrightLineGivesItsLatestYear() {
        assertThat(Dates.copyrightYear("© 2019 The New York Times Company")).isEqualTo(2019);
        assertThat(Dates.copyrightYear("Copyright 2005-2018 Harbour Media. All rights reserved.")).isEqualTo(2018);
        assertThat(Dates.copyrightYear("(c) 2017 Harbour Gazette")).isEqualTo(2017);
        assertThat(Dates.copyrightYear("The 2019 budget was passed.")).isZero();
    }

    @Test
    void takesTheFirstDateInTheText() {
        assertThat(Dates.find("Chris Dale - Nov 19, 2019, updated 2019-11-21")).hasToString("2019-11-19");
    }

    @Test
    void machineTimestampsKeepTimeAndZone() {
        assertThat(Dates.parseMachine("2017-12-08T10:30:00+02:00").instant()).isEqualTo(Instant.parse("2017-12-08T08:30:00Z"));
        assertThat(Dates.parseMachine("2017-12-08T10:30:00+0200").instant()).isEqualTo(Instant.parse("2017-12-08T08:30:00Z"));
        assertThat(Dates.parseMachine("2017-12-08T10:30:00").instant()).isEqualTo(Instant.parse("2017-12-08T10:30:00Z"));
        assertThat(Dates.parseMachine("2017-12-08")).hasToString(DEC_8_2017);
    }

    @Test
    void chineseJapaneseAndKoreanDatesMarkYearMonthAndDayWithTheirSigns() {
        assertThat(Dates.find("投稿日 2020年07月03日")).hasToString("2020-07-03");
        assertThat(Dates.find("2020年7月3日 10:30")).hasToString("2020-07-03");
        assertThat(Dates.find("입력 2020년 7월 3일")).hasToString("2020-07-03");
        assertThat(Dates.find("第12020年")).isNull();
    }

    @Test
    void theDayIsThePagesOwnNotUtcs() {
        assertThat(Dates.parseMachine("2019-10-16T00:04:00+02:00")).hasToString("2019-10-16T00:04+02:00");
        assertThat(Dates.parseMachine("2019-10-16T00:04:00+02:00").day()).hasToString("2019-10-16");
        assertThat(Dates.parseMachine("2019-10-16T00:04:00")).hasToString("2019-10-16T00:04");
        assertThat(Dates.find("Nov. 18, 2019 7:04 pm ET")).hasToString("2019-11-18T19:04-05:00");
        assertThat(Dates.find("June 3, 2019 12:30 am ET")).hasToString("2019-06-03T00:30-04:00");
    }

    @Test
    void aTimeWithItsZoneBesideTheDateIsKept() {
        assertThat(Dates.find("Chris Dale - Nov 19, 2019, 10:31 pm CST").instant()).isEqualTo(Instant.parse("2019-11-20T04:31:00Z"));
        assertThat(Dates.find("10:01 pm PST, Tuesday, November 19, 2019").instant()).isEqualTo(Instant.parse("2019-11-20T06:01:00Z"));
        assertThat(Dates.find("November 18, 2019 -- 19:14 GMT").instant()).isEqualTo(Instant.parse("2019-11-18T19:14:00Z"));
        assertThat(Dates.find("Nov. 18, 2019 7:04 pm ET").instant()).isEqualTo(Instant.parse("2019-11-19T00:04:00Z"));
        assertThat(Dates.find("June 3, 2019 12:30 am ET").instant()).isEqualTo(Instant.parse("2019-06-03T04:30:00Z"));
        assertThat(Dates.find("Published Wed, Nov 20 20194:29 AM EST").instant()).isEqualTo(Instant.parse("2019-11-20T09:29:00Z"));
    }

    @Test
    void aTimeWithoutAZoneSaysNothingOfTheInstant() {
        assertThat(Dates.find("November 18, 2019 11:03 PM")).hasToString("2019-11-18");
        assertThat(Dates.find("Nov 15, 20195:45 AM")).hasToString("2019-11-15");
    }

    @Test
    void readsTheMonthsOfEveryLanguage() {
        String oct16 = "2019-10-16";
        assertThat(Dates.find("October 16, 2019")).hasToString(oct16);
        assertThat(Dates.find("16 October 2019")).hasToString(oct16);
        assertThat(Dates.find("Veröffentlicht am 16. Oktober 2019, 14:05 Uhr")).hasToString(oct16);
        assertThat(Dates.find("Publié le 16 octobre 2019 à 08h30")).hasToString(oct16);
        assertThat(Dates.find("Madrid, 16 de octubre de 2019")).hasToString(oct16);
        assertThat(Dates.find("mercoledì 16 ottobre 2019")).hasToString(oct16);
        assertThat(Dates.find("Gepubliceerd op 16 oktober 2019")).hasToString(oct16);
        assertThat(Dates.find("Lisboa, 16 de outubro de 2019")).hasToString(oct16);
        assertThat(Dates.find("16.10.2019")).hasToString(oct16);
        assertThat(Dates.find("2019-10-16")).hasToString(oct16);
        assertThat(Dates.find("Opdateret 16. marts 2020")).hasToString("2020-03-16");
        assertThat(Dates.find("Publicerad 16 augusti 2020")).hasToString("2020-08-16");
        assertThat(Dates.find("Publisert 16. desember 2020")).hasToString("2020-12-16");
    }

    @Test
    void monthsMatchInAnyCaseWithOrWithoutAccentsAndAbbreviated() {
        assertThat(Dates.find("3. März 2020")).hasToString("2020-03-03");
        assertThat(Dates.find("3. Maerz 2020")).hasToString("2020-03-03");
        assertThat(Dates.find("3. MÄRZ 2020")).hasToString("2020-03-03");
        assertThat(Dates.find("3. Mär. 2020")).hasToString("2020-03-03");
        assertThat(Dates.find("12 février 2020")).hasToString("2020-02-12");
        assertThat(Dates.find("12 fevrier 2020")).hasToString("2020-02-12");
        assertThat(Dates.find("12 févr. 2020")).hasToString("2020-02-12");
        assertThat(Dates.find("1er août 2020")).hasToString("2020-08-01");
        assertThat(Dates.find("martes 17 de Marzo de 2020")).hasToString("2020-03-17");
        assertThat(Dates.find("3 de abril del 2020")).hasToString("2020-04-03");
        assertThat(Dates.find("24 dicembre 2019")).hasToString("2019-12-24");
        assertThat(Dates.find("9 mei 2020")).hasToString("2020-05-09");
        assertThat(Dates.find("5 de março de 2020")).hasToString("2020-03-05");
        assertThat(Dates.find("5 de marco de 2020")).hasToString("2020-03-05");
        assertThat(Dates.find("22 out 2020")).hasToString("2020-10-22");
    }

    @Test
    void everyLanguageNamesTwelveMonths() {
        assertThat(Vocabulary.languages()).extracting(Vocabulary.Language::code)
                .contains("en", "de", "fr", "es", "it", "nl", "pt");
        for (Vocabulary.Language language : Vocabulary.languages()) {
            assertThat(language.fullMonths()).as(language.code()).hasSize(12).allSatisfy(names -> assertThat(names).isNotEmpty());
            for (int month = 1; month <= 12; month++) {
                for (String name : language.fullMonths().get(month - 1)) {
                    assertThat(Vocabulary.month(name)).as(name).isEqualTo(month);
                }
            }
            assertThat(language.by()).as(language.code()).isNotEmpty();
            assertThat(language.and()).as(language.code()).isNotEmpty();
        }
    }

    @Test
    void aDayWithoutItsYearInOtherLanguages() {
        assertThat(Dates.findInYear("Hamburg, 16. Oktober", 2019)).hasToString("2019-10-16");
        assertThat(Dates.findInYear("jeudi 3 avril", 2020)).hasToString("2020-04-03");
        // an abbreviation in lower case is a word of its own without a year beside it
        assertThat(Dates.findInYear("Scored 3 out of 4 attempts", 2020)).isNull();
        assertThat(Dates.findInYear("The team won 2 set in a row", 2020)).isNull();
    }

    @Test
    void dottedDatesAreDayFirstUnlessTheSecondNumberIsAbove12() {
        assertThat(Dates.find("03.04.2020")).hasToString("2020-04-03");
        assertThat(Dates.find("Stand: 16.10.2019, 09:12 Uhr")).hasToString("2019-10-16");
        assertThat(Dates.find("11.14.2019")).hasToString("2019-11-14");
        assertThat(Dates.find("31.02.2020")).isNull();
        assertThat(Dates.find("14.14.2020")).isNull();
    }

    @Test
    void slashedDatesWithTheYearFirstAreYearMonthDay() {
        assertThat(Dates.find("2020/04/07 01:43")).hasToString("2020-04-07");
        assertThat(Dates.find("2020/7/12")).hasToString("2020-07-12");
    }

    @Test
    void numericDatesOnlyWhenTheDayTellsItself() {
        assertThat(Dates.find("By Tess Bonn - 11/19/19 06:56 AM EST").instant()).isEqualTo(Instant.parse("2019-11-19T11:56:00Z"));
        assertThat(Dates.find("11.14.2019 09:00 AM")).hasToString("2019-11-14");
        assertThat(Dates.find("27/09/2018")).hasToString("2018-09-27");
        assertThat(Dates.find("05/06/2019")).isNull();
        assertThat(Dates.find("Version 1.13.20 of the app")).isNull();
        assertThat(Dates.find("Scores: 12/15/2")).isNull();
    }

    @Test
    void theFirstDateWinsWhateverItsForm() {
        assertThat(Dates.find("The hearing was held on 27/09/2018.")).hasToString("2018-09-27");
        assertThat(Dates.find("Published 27/09/2018, updated 2019-01-05")).hasToString("2018-09-27");
        assertThat(Dates.find("Posted 27/09/2018 (ref 2019-02-30)")).hasToString("2018-09-27");
    }

    @Test
    void zonesAreReadOnlyInCapitals() {
        // "et" is French for "and"
        assertThat(Dates.find("19 November 2019, 10:30 et 11:00")).hasToString("2019-11-19");
    }

    @Test
    void noDateGivesNull() {
        assertThat(Dates.find("The BBC reported on November 13 that the convoy was 4 miles long")).isNull();
        assertThat(Dates.find("February 30, 2017")).isNull();
        assertThat(Dates.parseMachine("")).isNull();
        assertThat(Dates.parseMachine(null)).isNull();
    }

    @Test
    void aPlaceholderDateInMetadataIsNoDate() {
        assertThat(Dates.parseMachine("0001-01-01T00:00:00")).isNull();
        assertThat(Dates.parseMachine("1970-01-01T00:00:00Z")).isNull();
    }
}
