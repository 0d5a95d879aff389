#include "codegen/native.h"

#include <algorithm>

#include "codegen/adjoint.h"
#include "codegen/emit.h"
#include "codegen/hasher.h"
#include "codegen/kernel_overloads.h"
#include "codegen/module_env.h"
#include "frontend/parser.h"
#include "frontend/tokenizer.h"
#include "frontend/unsupported.h"

namespace ws::codegen {
namespace {

NativeResult failure(std::string_view path, DiagnosticKind kind, int line, int col, std::string message) {
  NativeResult r;
  r.diagnostic.file = std::string(path);
  r.diagnostic.line = line;
  r.diagnostic.col = col;
  r.diagnostic.kind = kind;
  r.diagnostic.message = std::move(message);
  return r;
}

}  // namespace

NativeResult compile(std::string_view python_source, std::string_view path, const std::vector<Device>& devices,
                     std::vector<frontend::Token>* tokens, const ImportSearch* imports) {
  try {
    frontend::Module module = tokens ? frontend::parse(std::move(*tokens)) : frontend::parse(python_source);
    ModuleEnv env = build_module_env(module, python_source, path, imports);

    Hasher hasher(env);
    struct Root {
      Digest digest;
      FuncInfo* info;
      const std::vector<types::Type>* overload;  // a generic kernel's instance; null otherwise
    };
    std::vector<Root> kernels;
    for (auto& f : env.functions) {
      if (!f->is_kernel) continue;
      // ModuleHasher: a generic kernel is hashed (and built) through its instances (Kernel.overloads),
      // none if it has none
      if (is_generic_kernel(env, *f) && !f->kernel_options.other_module) {
        for (const auto& o : f->overloads) kernels.push_back({hasher.hash_kernel(*f, o), f.get(), &o});
        continue;
      }
      // A kernel of another module is not built here, but Warp hashes it when it is decorated
      // (Module.get_module_hash): the references that hashing resolves must resolve.
      Digest digest = hasher.hash_kernel(*f);
      if (!f->kernel_options.other_module) kernels.push_back({digest, f.get(), nullptr});
    }
    // The reference worker's rule: a module without kernels is an error.
    if (kernels.empty()) return failure(path, DiagnosticKind::Error, 0, 0, "no @wp.kernel found");
    // ModuleHasher.unique_kernels is sorted by digest; that order drives codegen.
    std::sort(kernels.begin(), kernels.end(), [](const Root& a, const Root& b) { return a.digest < b.digest; });

    ModuleBuild build(env);
    std::vector<KernelBuild> built;
    NativeResult result;
    for (auto& [digest, info, overload] : kernels) {
      std::string mangled = info->key + "_" + hex(digest, 4);
      info->native = mangled;
      built.push_back({&build.kernel(*info, overload ? *overload : std::vector<types::Type>{}), mangled,
                       info->kernel_options.enable_backward.value_or(env.enable_backward), &info->kernel_options});
      // Same as the reference worker: code.co_firstlineno, the line of the first decorator.
      result.ir.kernels.push_back({info->key, mangled, info->fun_lineno});
    }
    std::vector<Adjoint*> backward_kernels;
    for (const KernelBuild& k : built) {
      if (k.enable_backward) backward_kernels.push_back(k.adj);
    }
    build.propagate_backward_use(backward_kernels);
    std::vector<std::string> sources =
        emit_modules(build.structs(), build.functions(), built, std::string(path), devices);
    for (size_t i = 0; i < devices.size(); ++i) result.ir.devices.push_back({devices[i], std::move(sources[i])});
    result.ok = true;
    return result;
  } catch (const frontend::SyntaxError& e) {
    return failure(path, DiagnosticKind::Error, e.line(), e.col(), e.what());
  } catch (const frontend::Unsupported& e) {
    return failure(path, DiagnosticKind::Unsupported, e.line(), e.col(), e.what());
  } catch (const std::exception& e) {
    // Never guess: any internal inconsistency is a decline, not output.
    return failure(path, DiagnosticKind::Unsupported, 0, 0, std::string("internal: ") + e.what());
  }
}

}  // namespace ws::codegen
