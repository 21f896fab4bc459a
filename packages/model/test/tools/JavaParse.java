import com.sun.source.util.JavacTask;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Parses Java files without compiling them (the CDK jars are not on this machine): prints one line
 * per syntax error, `file:line: message`. Run as `java JavaParse.java <files...>`.
 */
public class JavaParse {
    public static void main(String[] args) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
        JavacTask task = (JavacTask) compiler.getTask(null, files, diagnostics, List.of("-proc:none", "-encoding", "UTF-8"), null, files.getJavaFileObjects(args));
        task.parse();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                System.out.println(d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null).replace('\n', ' '));
            }
        }
    }
}
