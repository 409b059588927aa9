package vg.search;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.memory.DirectPostingsFormat;

/**
 * The index's codec: Lucene's default, but the match field's postings are held in memory decoded
 * ({@link DirectPostingsFormat}).
 */
final class ToneCodec {
    private ToneCodec() {
    }

    static Codec create() {
        PostingsFormat direct = new DirectPostingsFormat();
        return new Lucene912Codec() {
            @Override
            public PostingsFormat getPostingsFormatForField(String field) {
                return field.equals(ToneFields.MATCH) ? direct : super.getPostingsFormatForField(field);
            }
        };
    }
}
