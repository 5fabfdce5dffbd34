#!/usr/bin/python3
"""Saves a workbook with an opening password in .xlsx, .xls and .ods, through LibreOffice.

    save-with-password.py SOURCE.xlsx OUT_STEM PIPE_NAME

LibreOffice must be listening on the named pipe (make-fixtures.sh starts it). The password is
"sansang": an .xlsx then becomes an encrypted OLE2 container (ECMA-376 standard encryption,
AES-128; LibreOffice 7.4 fails to write agile encryption this way), an .xls
gets a FILEPASS record (RC4), an .ods encrypts its XML streams (ODF 1.2 §3.4). Needs Debian's
python3-uno, importable by /usr/bin/python3 only.
"""

import hashlib
import os
import sys
import time

import uno
from com.sun.star.beans import NamedValue, PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def named(name, value):
    v = NamedValue()
    v.Name = name
    v.Value = value
    return v


def std97_encryption_data(password):
    """The keys LibreOffice's .xls export reads (MS-OFFCRYPTO 2.3.6.2, RC4 "Office binary
    document" encryption), as comphelper::DocPasswordHelper::GenerateStd97Key makes them."""
    salt = bytes(range(16))  # fixed, so the fixture does not change at every run
    digest = hashlib.md5(password.encode("utf-16-le")).digest()
    intermediate = hashlib.md5((digest[:5] + salt) * 16).digest()
    return (
        named("STD97EncryptionKey", uno.ByteSequence(intermediate)),
        named("STD97UniqueID", uno.ByteSequence(salt)),
    )


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(100):
        try:
            return resolver.resolve(
                f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # LibreOffice still starting
            time.sleep(0.2)
    sys.exit("save-with-password: LibreOffice did not answer on pipe " + pipe)


def main():
    source, out_stem, pipe = sys.argv[1:4]
    context = connect(pipe)
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context)
    url = uno.systemPathToFileUrl(os.path.abspath(source))
    document = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    password = "sansang"
    # ODF takes the password itself; the Microsoft filters take the keys derived from it.
    saves = {
        "xlsx": (
            "Calc MS Excel 2007 XML",
            (named("OOXPassword", password), named("CryptoType", "Standard")),
        ),
        "xls": ("MS Excel 97", std97_encryption_data(password)),
        "ods": ("calc8", None),
    }
    for extension, (filter_name, encryption) in saves.items():
        out = uno.systemPathToFileUrl(os.path.abspath(f"{out_stem}.{extension}"))
        args = [prop("FilterName", filter_name)]
        if encryption is None:
            args.append(prop("Password", password))
        else:
            typed = uno.Any("[]com.sun.star.beans.NamedValue", encryption)
            args.append(prop("EncryptionData", typed))
        uno.invoke(document, "storeToURL", (out, tuple(args)))
    document.close(True)


if __name__ == "__main__":
    main()
