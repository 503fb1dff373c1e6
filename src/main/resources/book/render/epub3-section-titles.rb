# asciidoctor-epub3 2.2 writes the title attribute of each <section> from the converted title escaped a second
# time, so an e-reader shows "Go&#8217;s" and "<code>" in it. This escapes it once: it drops the escaped tags
# and undoes the second escaping of character references, as each chapter's XHTML is added to the book.
module BookEpubSectionTitles
  SECTION_TITLE = /(<section [^>]*?title=")([^"]*)(")/

  def add_content_io io
    super
    if @content.is_a?(::String) && (::File.extname href) =~ /x?html$/
      @content = @content.gsub SECTION_TITLE do
        match = ::Regexp.last_match
        text = match[2].gsub(/&lt;.*?&gt;/, '').gsub(/&amp;(#\d+|#x\h+|[a-z]+);/) { %(&#{::Regexp.last_match 1};) }
        %(#{match[1]}#{text}#{match[3]})
      end
    end
    self
  end
end
GEPUB::Item.prepend BookEpubSectionTitles
