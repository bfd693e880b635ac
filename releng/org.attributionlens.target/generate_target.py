#!/usr/bin/env python3
"""Writes org.attributionlens.target: the whole target platform as Maven locations.

Only Maven Central is reachable from our build machines, so every bundle comes
from there.  Roots are pinned; transitive dependencies follow with infinite depth.
Run it after changing a version below and commit both files.
"""
from pathlib import Path

PLATFORM_GROUP = "org.eclipse.platform"
# The 2026-09 platform release as published to Maven Central.
PLATFORM = {
    "org.eclipse.ui": "3.209.0",
    "org.eclipse.ui.ide": "3.23.100",
    "org.eclipse.ui.ide.application": "1.6.100",
    "org.eclipse.ui.navigator.resources": "3.10.100",
    "org.eclipse.ui.views": "3.13.100",
    # the plain text editor, where a problem marker of a file that cannot be read opens
    "org.eclipse.ui.editors": "3.22.0",
    "org.eclipse.ui.themes": "1.3.0",
    "org.eclipse.core.resources": "3.24.100",
    "org.eclipse.core.filesystem": "1.11.500",
    "org.eclipse.core.runtime": "3.35.0",
    "org.eclipse.jface": "3.40.0",
    "org.eclipse.swt": "3.135.0",
    "org.eclipse.swt.gtk.linux.x86_64": "3.135.0",
    "org.eclipse.swt.svg": "3.133.0",
    "org.eclipse.osgi": "3.24.300",
    "org.eclipse.osgi.compatibility.state": "1.3.0",
    "org.eclipse.equinox.event": "1.7.300",
    "org.eclipse.equinox.concurrent": "1.3.500",
    "org.eclipse.equinox.launcher": "1.8.0",
    "org.eclipse.equinox.launcher.gtk.linux.x86_64": "1.2.1600",
    "org.eclipse.equinox.simpleconfigurator": "1.5.700",
    "org.eclipse.equinox.simpleconfigurator.manipulator": "2.3.700",
    "org.eclipse.equinox.frameworkadmin.equinox": "1.3.400",
    "org.eclipse.equinox.p2.director.app": "1.3.1000",
    "org.eclipse.equinox.p2.touchpoint.eclipse": "2.4.600",
    "org.eclipse.equinox.p2.touchpoint.natives": "1.5.800",
    "org.eclipse.equinox.p2.transport.ecf": "1.4.600",
    "org.eclipse.platform": "4.39.0",
    # the help system, so that Help > Help Contents shows our guide in the IDE we assemble:
    # the help UI, the help web application and the Jetty server that serves it
    "org.eclipse.help": "3.11.100",
    "org.eclipse.help.base": "4.6.0",
    "org.eclipse.help.ui": "4.8.300",
    "org.eclipse.help.webapp": "3.12.400",
    "org.eclipse.equinox.http.jetty": "3.9.600",
    "org.eclipse.equinox.http.registry": "1.4.400",
    "org.eclipse.equinox.http.servlet": "1.8.600",
    "org.eclipse.equinox.jsp.jasper": "1.2.400",
    "org.eclipse.equinox.jsp.jasper.registry": "1.3.300",
    # the p2 user interface: Help > Install New Software..., the README's install path
    "org.eclipse.equinox.p2.ui": "2.9.100",
    "org.eclipse.equinox.p2.ui.sdk": "1.4.0",
    "org.eclipse.equinox.p2.ui.sdk.scheduler": "1.7.0",
    "org.eclipse.equinox.p2.operations": "2.7.800",
    "org.eclipse.equinox.p2.updatechecker": "1.4.600",
}
# Declarative services, service-loader mediation and the ECF pieces that the
# platform POMs leave out (provided scope or optional upstream).
RUNTIME = [
    ("org.apache.felix", "org.apache.felix.scr", "2.2.18"),
    ("org.osgi", "org.osgi.service.component", "1.5.1"),
    ("org.osgi", "org.osgi.util.promise", "1.3.0"),
    ("org.osgi", "org.osgi.util.function", "1.2.0"),
    ("org.apache.aries.spifly", "org.apache.aries.spifly.dynamic.bundle", "1.3.7"),
    ("org.ow2.asm", "asm", "9.11.1"),
    ("org.ow2.asm", "asm-commons", "9.11.1"),
    ("org.ow2.asm", "asm-util", "9.11.1"),
    ("org.ow2.asm", "asm-tree", "9.11.1"),
    ("org.ow2.asm", "asm-analysis", "9.11.1"),
    ("org.eclipse.ecf", "org.eclipse.ecf.identity", "3.10.0"),
]
# Eclipse Collections must be 13: NatTable's own POM pulls 11.1, whose bundles
# lack service-loader metadata, and NatTable then paints empty cells silently.
THIRD_PARTY = [
    ("org.eclipse.nebula.widgets.nattable", "org.eclipse.nebula.widgets.nattable.core", "2.5.0"),
    ("org.eclipse.collections", "eclipse-collections-api", "13.0.0"),
    ("org.eclipse.collections", "eclipse-collections", "13.0.0"),
    ("org.slf4j", "slf4j-api", "2.0.17"),
    ("org.slf4j", "slf4j-nop", "2.0.17"),
    ("com.fasterxml.jackson.core", "jackson-core", "2.20.1"),
    ("org.apache.commons", "commons-csv", "1.14.1"),
]
# Batik is not OSGi on Maven Central; the e4 CSS engine needs it as org.apache.batik.*.
XG = "org.apache.xmlgraphics"
BATIK = [
    (XG, "batik-css", "1.19"), (XG, "batik-util", "1.19"), (XG, "batik-i18n", "1.19"),
    (XG, "batik-constants", "1.19"), (XG, "batik-shared-resources", "1.19"),
    (XG, "xmlgraphics-commons", "2.11"), ("xml-apis", "xml-apis-ext", "1.3.04"),
]
# Lucene is not OSGi on Maven Central either; the help system's search (org.eclipse.help.base)
# imports its packages. Named org.apache.lucene.core etc., as the Eclipse SDK names them.
LUCENE = [("org.apache.lucene", a, "10.3.2")
          for a in ("lucene-core", "lucene-analysis-common", "lucene-analysis-smartcn")]
# The same wrapping serves every jar below: each package exported, every import optional.
WRAP_BND = """Bundle-Name: ${mvnGroupId}:${mvnArtifactId}:${mvnVersion} (wrapped)
version: ${version_cleanup;${mvnVersion}}
Bundle-SymbolicName: org.apache.${replace;${mvnArtifactId};-;.}
Bundle-Version: ${version}
Import-Package: *;resolution:=optional
Export-Package: *;version="${version}";-noimport:=true
DynamicImport-Package: *"""
JUNIT = [
    ("org.junit.jupiter", "junit-jupiter-api", "5.14.4"),
    ("org.junit.jupiter", "junit-jupiter-engine", "5.14.4"),
    ("org.junit.jupiter", "junit-jupiter-params", "5.14.4"),
    ("org.junit.platform", "junit-platform-launcher", "1.14.4"),
    ("org.junit.platform", "junit-platform-suite-api", "1.14.4"),
    ("org.junit.platform", "junit-platform-suite-engine", "1.14.4"),
]


def location(label, artifacts, depth="infinite", missing="ignore", instructions=None):
    deps = "".join(
        f"      <dependency><groupId>{g}</groupId><artifactId>{a}</artifactId>"
        f"<version>{v}</version><type>jar</type></dependency>\n"
        for g, a, v in artifacts)
    text = (f'  <location type="Maven" label="{label}" includeDependencyDepth="{depth}" '
            f'includeDependencyScopes="compile,runtime" includeSource="false" missingManifest="{missing}">\n'
            f"    <dependencies>\n{deps}    </dependencies>\n")
    if instructions:
        text += f"    <instructions><![CDATA[\n{instructions}\n    ]]></instructions>\n"
    return text + "  </location>\n"


def main():
    body = (location("Eclipse Platform 2026-09", [(PLATFORM_GROUP, a, v) for a, v in PLATFORM.items()])
            + location("OSGi runtime services", RUNTIME)
            + location("Batik CSS, wrapped as bundles", BATIK, depth="none", missing="generate",
                       instructions=WRAP_BND)
            + location("Lucene for the help search, wrapped as bundles", LUCENE, depth="none",
                       missing="generate", instructions=WRAP_BND)
            + location("Third party", THIRD_PARTY)
            + location("JUnit 5", JUNIT))
    text = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<?pde version="3.8"?>\n'
            '<!-- Generated by generate_target.py: edit that script, not this file. -->\n'
            f'<target name="Attribution Lens (Maven Central)" sequenceNumber="1">\n<locations>\n{body}'
            '</locations>\n</target>\n')
    Path(__file__).with_name("org.attributionlens.target.target").write_text(text)


if __name__ == "__main__":
    main()
