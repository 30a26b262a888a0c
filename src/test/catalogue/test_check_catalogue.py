#!/usr/bin/env python3
"""The catalogue check's rules on hand-made cases, so that a rule that can no longer fail is noticed:
  python3 src/test/catalogue/test_check_catalogue.py
"""
import unittest

from check_catalogue import core, detect, folded, source_problems


class SourceRules(unittest.TestCase):

    def test_should_flag_staging_damaged_and_mirror_sources_unless_marked(self):
        staging = {"url": "https://wpstaging.mobileeurope.co.uk/a", "publisher": "Mobile Europe"}
        self.assertTrue(source_problems(staging))
        self.assertEqual(source_problems(dict(staging, copy={"kind": "NON_PUBLIC_HOST"})), [])
        self.assertTrue(source_problems({"url": "https://x.com/u0627u0644u0645u0645", "publisher": "X"}))
        self.assertTrue(source_problems({"url": "https://www.squidsite02.com/?p=1", "publisher": "squidsite02.com (Reuters)"}))
        self.assertTrue(source_problems({"url": "https://whbl.com/a", "publisher": "Reuters"}))

    def test_should_accept_a_publishers_own_site_and_a_newspaper_printing_a_wire(self):
        self.assertEqual(source_problems({"url": "https://www.reuters.com/a", "publisher": "Reuters"}), [])
        self.assertEqual(source_problems({"url": "https://www.hindustantimes.com/a",
                                          "publisher": "Hindustan Times (Reuters)"}), [])


class LanguageRules(unittest.TestCase):

    def test_should_tell_the_languages_quotes_come_in(self):
        self.assertEqual(detect("le Centre national français d'études spatiales (CNES)"), "fr")
        self.assertEqual(detect("Y en 2021 anunció que abriría una segunda en la próxima ciudad"), "es")
        self.assertEqual(detect("ha scelto la capitale dell’Arabia Saudita, Riad, come centro regionale"), "it")
        self.assertEqual(detect("وقعت هيئة الهلال الأحمر السعودي"), "ar")
        self.assertEqual(detect("The company plans to add 1.9 gigawatts of data centers by 2030."), "en")

    def test_should_not_call_a_french_name_in_an_english_quote_french(self):
        self.assertIsNone(detect("France Biotech, represented by CEO Frédéric Girard"))


class TextRules(unittest.TestCase):

    def test_should_find_an_arabic_name_behind_its_proclitics(self):
        self.assertIn(folded("المعهد الوطني"), folded("بلقاء الرئيس التنفيذي للمعهد الوطني الفرنسي"))
        self.assertIn(folded("“ميسترال”"), folded('مثل شركة "ميسترال"'))

    def test_should_read_a_name_without_its_bracketed_acronym(self):
        self.assertEqual(core("Université du roi Abdallah (KAUST)"), "Université du roi Abdallah")


if __name__ == "__main__":
    unittest.main()
