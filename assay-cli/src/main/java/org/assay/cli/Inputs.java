package org.assay.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.assay.article.InputFormat;

/**
 * Expands command-line paths into {@link Input}s and reads their bytes under a size limit.
 *
 * <p>A folder is walked recursively in path order, taking files whose extension names a format Assay reads
 * ({@code .txt}, {@code .html}, {@code .json} and kin) and skipping hidden files and folders; a file named directly is
 * always taken. Stateless and thread-safe.
 */
final class Inputs {

    private Inputs() {
    }

    /** The inputs {@code args} name, in a deterministic order: arguments as given, folder contents by path. */
    static List<Input> expand(List<String> args) {
        List<Input> inputs = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                inputs.add(Input.stdin());
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                inputs.addAll(walk(path));
            } else {
                String name = baseName(path.getFileName().toString());
                inputs.add(new Input(path, name, name));
            }
        }
        return inputs;
    }

    private static List<Input> walk(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)))
                    .filter(p -> InputFormat.fromFileName(p.getFileName().toString()).isPresent())
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString()))
                    .map(p -> {
                        String relative = baseName(root.relativize(p).toString().replace('\\', '/'));
                        return new Input(p, relative, relative);
                    })
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UserError(root + ": cannot list folder: " + e.getMessage());
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }

    /**
     * The bytes of {@code input}, refusing more than {@code maxBytes} before reading them.
     *
     * @throws UserError when the file is missing, unreadable, not a regular file or too large
     */
    static byte[] read(Input input, long maxBytes, InputStream stdin) {
        if (input.isStdin()) {
            try {
                byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw tooLarge(input, "standard input is", maxBytes);
                }
                return bytes;
            } catch (IOException e) {
                throw new UserError("-: cannot read standard input: " + e.getMessage());
            }
        }
        Path path = input.path();
        try {
            if (Files.isDirectory(path)) {
                throw new UserError(path + ": is a folder, not an article");
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                throw tooLarge(input, String.format("file is %,d bytes,", size), maxBytes);
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UserError(path + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UserError(path + ": permission denied");
        } catch (IOException e) {
            throw new UserError(path + ": cannot read: " + e.getMessage());
        }
    }

    private static UserError tooLarge(Input input, String what, long maxBytes) {
        return new UserError(String.format("%s: %s more than the %,d bytes allowed (see --max-chars)",
                input.label(), what, maxBytes));
    }
}
