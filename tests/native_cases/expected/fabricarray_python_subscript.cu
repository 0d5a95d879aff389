#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the generated .cu line
#if defined(__CUDACC__) && !defined(_MSC_VER)
#define __debugbreak() __brkpt()
#endif

#define builtin_tid1d() wp::tid(_idx, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, _idx, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, _idx, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, _idx, dim)

#define builtin_block_dim() wp::block_dim()

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif

// Maximum registers per thread. __maxnreg__ was added in CUDA Toolkit 12.4;
// older toolkits ignore the opt-in so the same source remains compilable.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ > 12 || (__CUDACC_VER_MAJOR__ == 12 && __CUDACC_VER_MINOR__ >= 4))
#define WP_MAXNREG(n) __maxnreg__(n)
#else
#define WP_MAXNREG(n)
#endif

// Allow PTXAS to spill registers into shared memory. CUDA Toolkit 13.0
// introduced the pragma, which is unavailable in device-debug compilation.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ >= 13) && !defined(_DEBUG)
#define WP_ENABLE_SMEM_SPILLING() asm volatile(".pragma \"enable_smem_spilling\";");
#else
#define WP_ENABLE_SMEM_SPILLING()
#endif


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


struct FabricValues_4c5f8976
{
    wp::fabricarray_t<wp::float32> values;
    wp::indexedfabricarray_t<wp::int32> indexed;


    FabricValues_4c5f8976() = default;
    CUDA_CALLABLE FabricValues_4c5f8976(wp::fabricarray_t<wp::float32> const& values,
    wp::indexedfabricarray_t<wp::int32> const& indexed = {})
        : values{values}
        , indexed{indexed}

    {
    }

    CUDA_CALLABLE FabricValues_4c5f8976& operator += (const FabricValues_4c5f8976& rhs)
    {
        return *this;}

};

static CUDA_CALLABLE void adj_FabricValues_4c5f8976(wp::fabricarray_t<wp::float32> const&,
    wp::indexedfabricarray_t<wp::int32> const&,
    wp::fabricarray_t<wp::float32> & adj_values,
    wp::indexedfabricarray_t<wp::int32> & adj_indexed,
    FabricValues_4c5f8976 & adj_ret)
{
    adj_values = adj_ret.values;
    adj_indexed = adj_ret.indexed;
}

// Required when compiling adjoints.
CUDA_CALLABLE FabricValues_4c5f8976 add(const FabricValues_4c5f8976& a, const FabricValues_4c5f8976& b)
{
    return FabricValues_4c5f8976();
}

CUDA_CALLABLE void adj_atomic_add(FabricValues_4c5f8976* p, FabricValues_4c5f8976 t)
{
    wp::adj_atomic_add(&p->values, t.values);
    wp::adj_atomic_add(&p->indexed, t.indexed);
}





extern "C" __global__ void read_fabric_fb0fad33_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::fabricarray_t<wp::float32> var_a,
    FabricValues_4c5f8976 var_s,
    wp::array_t<wp::float32> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::fabricarray_t<wp::float32>* var_2;
        wp::float32* var_3;
        wp::fabricarray_t<wp::float32> var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::indexedfabricarray_t<wp::int32>* var_8;
        wp::int32* var_9;
        wp::indexedfabricarray_t<wp::int32> var_10;
        wp::float32 var_11;
        wp::int32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // forward
        // def read_fabric(a: wp.fabricarray[float], s: FabricValues, out: wp.array[float]):       <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // out[i] = a[i] + s.values[i] + float(s.indexed[i])                                      <L 13>
        var_1 = wp::address(var_a, var_0);
        var_2 = &((var_s).values);
        var_4 = wp::load(var_2);
        var_3 = wp::address(var_4, var_0);
        var_6 = wp::load(var_1);
        var_7 = wp::load(var_3);
        var_5 = wp::add(var_6, var_7);
        var_8 = &((var_s).indexed);
        var_10 = wp::load(var_8);
        var_9 = wp::address(var_10, var_0);
        var_12 = wp::load(var_9);
        var_11 = wp::float(var_12);
        var_13 = wp::add(var_5, var_11);
        wp::array_store(var_out, var_0, var_13);
        // a[i] = out[i]                                                                          <L 14>
        var_14 = wp::address(var_out, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        wp::array_store(var_a, var_0, var_15);
    }
}



extern "C" __global__ void read_fabric_fb0fad33_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::fabricarray_t<wp::float32> var_a,
    FabricValues_4c5f8976 var_s,
    wp::array_t<wp::float32> var_out,
    wp::fabricarray_t<wp::float32> adj_a,
    FabricValues_4c5f8976 adj_s,
    wp::array_t<wp::float32> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::fabricarray_t<wp::float32>* var_2;
        wp::float32* var_3;
        wp::fabricarray_t<wp::float32> var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::indexedfabricarray_t<wp::int32>* var_8;
        wp::int32* var_9;
        wp::indexedfabricarray_t<wp::int32> var_10;
        wp::float32 var_11;
        wp::int32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::fabricarray_t<wp::float32> adj_2 = {};
        wp::float32 adj_3 = {};
        wp::fabricarray_t<wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::indexedfabricarray_t<wp::int32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::indexedfabricarray_t<wp::int32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        //---------
        // forward
        // def read_fabric(a: wp.fabricarray[float], s: FabricValues, out: wp.array[float]):       <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // out[i] = a[i] + s.values[i] + float(s.indexed[i])                                      <L 13>
        var_1 = wp::address(var_a, var_0);
        var_2 = &((var_s).values);
        var_4 = wp::load(var_2);
        var_3 = wp::address(var_4, var_0);
        var_6 = wp::load(var_1);
        var_7 = wp::load(var_3);
        var_5 = wp::add(var_6, var_7);
        var_8 = &((var_s).indexed);
        var_10 = wp::load(var_8);
        var_9 = wp::address(var_10, var_0);
        var_12 = wp::load(var_9);
        var_11 = wp::float(var_12);
        var_13 = wp::add(var_5, var_11);
        // wp::array_store(var_out, var_0, var_13);
        // a[i] = out[i]                                                                          <L 14>
        var_14 = wp::address(var_out, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // wp::array_store(var_a, var_0, var_15);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_15, adj_a, adj_0, adj_15);
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_out, var_0, adj_out, adj_0, adj_14);
        // adj: a[i] = out[i]                                                                     <L 14>
        wp::adj_array_store(var_out, var_0, var_13, adj_out, adj_0, adj_13);
        wp::adj_add(var_5, var_11, adj_5, adj_11, adj_13);
        wp::adj_float(var_12, adj_9, adj_11);
        wp::adj_address(var_10, var_0, adj_8, adj_0, adj_9);
        adj_s.indexed = adj_8;
        wp::adj_add(var_6, var_7, adj_1, adj_3, adj_5);
        wp::adj_address(var_4, var_0, adj_2, adj_0, adj_3);
        adj_s.values = adj_2;
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: out[i] = a[i] + s.values[i] + float(s.indexed[i])                                 <L 13>
        // adj: i = wp.tid()                                                                      <L 12>
        // adj: def read_fabric(a: wp.fabricarray[float], s: FabricValues, out: wp.array[float]):  <L 11>
        continue;
    }
}

