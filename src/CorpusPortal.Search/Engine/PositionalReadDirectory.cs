using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// The index folder read with positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>, one
/// <c>pread</c> per buffer). Lucene.Net's <see cref="NIOFSDirectory"/> reads through a <see cref="FileStream"/>: each
/// read takes a lock shared by every search reading that file, asks the file's length (an <c>fstat</c>), seeks, reads
/// and seeks back, so concurrent searches waited for each other (docs/performance.md). Writing is NIOFSDirectory's.
/// </summary>
internal sealed class PositionalReadDirectory(DirectoryInfo path) : NIOFSDirectory(path)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = System.IO.Path.Combine(Directory.FullName, name);
        var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new PositionalInput($"PositionalInput(path=\"{file}\")", handle, context);
    }

    /// <summary>A file read at the position each read asks for; clones share the handle, the original closes it.</summary>
    private sealed class PositionalInput(string description, SafeFileHandle handle, IOContext context) : BufferedIndexInput(description, context)
    {
        private readonly long _length = RandomAccess.GetLength(handle);
        private bool _isClone;

        public override long Length => _length;

        protected override void ReadInternal(byte[] b, int offset, int length)
        {
            // The file pointer is where the bytes asked for begin (as Lucene's own inputs read).
            var position = Position;
            var read = 0;
            while (read < length)
            {
                var count = RandomAccess.Read(handle, b.AsSpan(offset + read, length - read), position + read);
                if (count == 0)
                {
                    throw new EndOfStreamException($"read past EOF: {this} (at {position + read} of {_length})");
                }
                read += count;
            }
        }

        protected override void SeekInternal(long pos)
        {
            // Every read says where it reads: nothing to move.
        }

        public override object Clone()
        {
            var clone = (PositionalInput)base.Clone();
            clone._isClone = true;
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_isClone)
            {
                handle.Dispose();
            }
        }
    }
}
