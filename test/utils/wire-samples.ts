/** Wire copy in each format, invented for the tests (no real outlet's text). */

export const rssFeed = (
  items: { guid: string; title: string; body: string }[],
): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Harbour Wire</title>
<link>https://wire.example.org/</link>
<language>en</language>
${items
  .map(
    (i) => `<item>
  <title>${i.title}</title>
  <link>https://wire.example.org/${i.guid}</link>
  <guid isPermaLink="false">${i.guid}</guid>
  <pubDate>Fri, 21 Nov 2025 09:30:00 GMT</pubDate>
  <dc:creator>Desk Reporter</dc:creator>
  <category>Politics</category>
  <content:encoded><![CDATA[${i.body}]]></content:encoded>
</item>`,
  )
  .join('\n')}
</channel>
</rss>`;

export const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Valley Agency</title>
  <id>urn:valley:feed</id>
  <updated>2025-11-21T10:00:00Z</updated>
  <entry>
    <id>urn:valley:2025:1001</id>
    <title>Bridge in Ostrava reopens after repairs</title>
    <link rel="alternate" href="https://valley.example.net/1001"/>
    <published>2025-11-21T08:00:00Z</published>
    <author><name>Lena Brook</name></author>
    <category term="transport" label="Transport"/>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The bridge opened on <b>Friday</b>, the city said.</p><script>alert(1)</script></div></content>
  </entry>
  <entry>
    <id>urn:valley:2025:1002</id>
    <title type="html">Ferry timetable &lt;em&gt;changes&lt;/em&gt;</title>
    <updated>2025-11-21T09:00:00Z</updated>
    <summary type="html">&lt;p&gt;Ferries will leave an hour earlier.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>An entry without an id</title>
  </entry>
</feed>`;

export const newsmlItem = `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.org:20251121:az-001" version="1" standard="NewsML-G2" standardversion="2.29" xml:lang="en">
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <versionCreated>2025-11-21T07:15:00Z</versionCreated>
  </itemMeta>
  <contentMeta>
    <contentCreated>2025-11-21T07:00:00Z</contentCreated>
    <located qcode="city:baku"><name>Baku</name></located>
    <creator><name>Ayla Demir</name></creator>
    <language tag="en"/>
    <subject type="cpnat:abstract" qcode="medtop:11000000"><name>politics</name></subject>
    <slugline>EMBASSY-NOTE</slugline>
    <headline>Ministry delivers a note over embassy damage</headline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head>
        <body><p>The ministry said a note was handed to the ambassador on Thursday.</p><p onclick="steal()">“We expect an answer,” the spokesperson said.</p></body>
      </html>
    </inlineXML>
  </contentSet>
</newsItem>`;

export const ninjsItem = {
  uri: 'urn:ninjs:example.org:2025:77',
  type: 'text',
  language: 'az',
  versioncreated: '2025-11-21T11:00:00Z',
  headlines: [{ value: 'Bakıda yeni park açıldı', role: 'main' }],
  slugline: 'PARK',
  byline: 'Nigar Aliyeva',
  located: 'Bakı',
  subject: [{ name: 'şəhər', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000000' }],
  bodies: [{ value: '<p>Şəhərin mərkəzində yeni park açıldı.</p>', contenttype: 'text/html' }],
};

/** An XML file that would expand to gigabytes if entities were honoured. */
export const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><item><title>&lol3;</title><guid>x</guid></item></channel></rss>`;

/** An XML file that would read a local file if external entities were honoured. */
export const xxe = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>&secret;</title><guid>x</guid></item></channel></rss>`;
