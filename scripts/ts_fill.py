#!/usr/bin/env python3
"""Fill unfinished messages of a Qt .ts catalog.

  ts_fill.py --copy-source translations/opsdesk_en.ts
      English catalog: every unfinished translation becomes its source text
      (plural forms: the first "(s)" dropped, then made "s").
  ts_fill.py translations/opsdesk_zh_CN.ts new-strings.json
      Apply {"source text": "译文", ...} (or {"Context|source": "译文"}) to the
      unfinished messages; prints the sources still unfinished afterwards.

Run the update_translations build target first so the catalog knows every
string; the test suite's Translations test fails while any is unfinished.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main(argv):
    copy_source = "--copy-source" in argv
    args = [a for a in argv if a != "--copy-source"]
    if not args:
        print(__doc__)
        return 2
    path = args[0]
    mapping = {}
    if len(args) > 1:
        with open(args[1], encoding="utf-8") as handle:
            mapping = json.load(handle)
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            if not unfinished and (translation.text or len(translation)):
                continue
            value = mapping.get(f"{name}|{source}", mapping.get(source))
            if value is None and copy_source:
                value = source
                if message.get("numerus") == "yes" and "(s)" in source:
                    # English: "%n job(s)" → "%n job" / "%n jobs" (the first
                    # "(s)" is the one %n counts).
                    i = source.index("(s)")
                    value = [source[:i] + source[i + 3:], source[:i] + "s" + source[i + 3:]]
            if value is None:
                missing.append(f"{name}: {source}")
                continue
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                forms = value if isinstance(value, list) else [value]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
                translation.text = None
            else:
                translation.text = value
            translation.attrib.pop("type", None)
    with open(path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    for line in missing:
        print("unfinished:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
