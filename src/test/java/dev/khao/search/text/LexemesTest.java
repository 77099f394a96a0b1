package dev.khao.search.text;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

class LexemesTest {

    @Test
    void lowerCasesEveryCharacterAsTheJdkDoes() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.toLowerCase(c), Lexemes.lowerCase(c), () -> "U+" + Integer.toHexString(c));
        }
        // Every character of the BMP but those the JDK lower-cases by context or into two characters, in one text.
        StringBuilder all = new StringBuilder();
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            if (i != 0x03A3 && i != 0x0130 && !Character.isSurrogate((char) i)) {
                all.append((char) i);
            }
        }
        assertEquals(all.toString().toLowerCase(Locale.ROOT), Lexemes.lowerCase(all.toString()));
    }

    @Test
    void lowerCasesTextsAsTheJdkDoesInEveryScript() {
        for (String text : List.of("ผู้แทนเอสแคป (ESCAP) ร่วมประชุม SMEs ปี 2567", "การเปลี่ยนผ่านทางดิจิทัล", "COVID-19",
                "Café ÉCOLE", "İstanbul", "ΟΔΥΣΣΕΥΣ", "𐐀 Deseret",
                "“กรมควบคุมโรค” แจ้ง\u00A0COVID-19\u200Bสายพันธุ์ Ωmega ＡＢＣ", "")) {
            assertEquals(text.toLowerCase(Locale.ROOT), Lexemes.lowerCase(text), text);
        }
    }

    @Test
    void keepsATextWithNothingToLowerCase() {
        String thai = "นายกรัฐมนตรีประชุมคณะรัฐมนตรี 19 ครั้ง";
        assertSame(thai, Lexemes.lowerCase(thai));
    }

    @Test
    void tellsThaiAndAsciiInNfcAsIcuDoes() {
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        // Every pair of Thai characters and a few ASCII ones, alone and followed by a vowel below, a virama, a tone mark
        // or a consonant: marks in and out of their canonical order.
        StringBuilder alphabet = new StringBuilder("a1 -");
        for (char c = 0x0E00; c <= 0x0E7F; c++) {
            alphabet.append(c);
        }
        for (int i = 0; i < alphabet.length(); i++) {
            for (int j = 0; j < alphabet.length(); j++) {
                String pair = "" + alphabet.charAt(i) + alphabet.charAt(j);
                assertEquals(nfc.isNormalized(pair), Lexemes.asciiOrThaiInNfc(pair), pair);
                for (String third : List.of("\u0E38", "\u0E3A", "\u0E48", "\u0E01")) {
                    assertEquals(nfc.isNormalized(pair + third), Lexemes.asciiOrThaiInNfc(pair + third), pair + third);
                }
            }
        }
        // A tone mark typed before the vowel below it is reordered, and the word is the same lexeme as when typed in order.
        assertEquals("ปู่", Lexemes.of("ป\u0E48\u0E39"));
        // Other scripts are left to ICU.
        assertFalse(Lexemes.asciiOrThaiInNfc("café"));
    }
}
